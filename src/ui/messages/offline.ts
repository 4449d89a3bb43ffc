/** Private notes on items and attachments, and offline reading. */
const da = {
  notesTitle: 'Mine noter',
};

const en: Record<keyof typeof da, string> = {
  notesTitle: 'My notes',
};

export default { da, en };
