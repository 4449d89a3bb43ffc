/** The leaders' day: the list and the organisers' form (/fora/:forum/ledertraef), a day's page with registration (/fora/:forum/ledertraef/:day). */
const da = {
  'leadersDay.title': 'Ledertræf',
};

const en: Record<keyof typeof da, string> = {
  'leadersDay.title': "Leaders' day",
};

export default { da, en };
