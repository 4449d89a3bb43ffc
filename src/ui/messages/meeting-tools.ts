/** The meeting view's tools: absence reporting and attachments viewed in the page. */
const da = {
  absenceTitle: 'Afbud',
};

const en: Record<keyof typeof da, string> = {
  absenceTitle: 'Absence',
};

export default { da, en };
