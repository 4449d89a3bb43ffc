/** Planning the year: the links to its pages (header and forum page). Each page has its own file. */
const da = {
  'plan.nav': 'Planlægning',
  'plan.year': 'Årsplan',
  'plan.wheel': 'Årshjul',
  'plan.themePlan': 'Temaplan',
  'plan.themes': 'Temaer',
  'plan.leadersDays': 'Lederdage',
  'plan.workingGroups': 'Arbejdsgrupper',
  'plan.workProgramme': 'Arbejdsprogram',
  'plan.dashboard': 'Nøgletal',
};

const en: Record<keyof typeof da, string> = {
  'plan.nav': 'Planning',
  'plan.year': 'Year plan',
  'plan.wheel': 'Annual wheel',
  'plan.themePlan': 'Theme plan',
  'plan.themes': 'Themes',
  'plan.leadersDays': "Leaders' days",
  'plan.workingGroups': 'Working groups',
  'plan.workProgramme': 'Work programme',
  'plan.dashboard': 'Key figures',
};

export default { da, en };
