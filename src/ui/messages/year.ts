/** The year view (/aarsplan) and the annual wheel editor (/fora/:forum/aarshjul). */
const da = {
  'year.title': 'Årsplan',
};

const en: Record<keyof typeof da, string> = {
  'year.title': 'Year plan',
};

export default { da, en };
