/** The item editor (new and draft items): sections, recommendations, attachments, KLE, submit. */
const da = {
  editorTitle: 'Nyt punkt',
};

const en: Record<keyof typeof da, string> = {
  editorTitle: 'New item',
};

export default { da, en };
