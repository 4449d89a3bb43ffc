/** The secretary's meeting builder and the forum's queue: schedule, reorder, time plan, publish. */
const da = {
  builderTitle: 'Forbered mødet',
};

const en: Record<keyof typeof da, string> = {
  builderTitle: 'Prepare the meeting',
};

export default { da, en };
