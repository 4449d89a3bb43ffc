/** Minute-taking during the meeting and the release of the minutes. */
const da = {
  minuteTakingTitle: 'Referat',
};

const en: Record<keyof typeof da, string> = {
  minuteTakingTitle: 'Minutes',
};

export default { da, en };
