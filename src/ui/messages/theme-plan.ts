/** The theme plan (/fora/:forum/temaplan) and Lederforum themes (/fora/:forum/temaer). */
const da = {
  'themePlan.title': 'Temaplan',
};

const en: Record<keyof typeof da, string> = {
  'themePlan.title': 'Theme plan',
};

export default { da, en };
