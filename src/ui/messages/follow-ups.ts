/** Follow-ups, the case timeline and the charter editor. */
const da = {
  followUpsTitle: 'Opfølgning',
};

const en: Record<keyof typeof da, string> = {
  followUpsTitle: 'Follow-up',
};

export default { da, en };
