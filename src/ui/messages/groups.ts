/** Working groups (/fora/:forum/arbejdsgrupper), the work programme (/fora/:forum/arbejdsprogram/:year) and the dashboard (/fora/:forum/noegletal). */
const da = {
  'groups.title': 'Arbejdsgrupper',
};

const en: Record<keyof typeof da, string> = {
  'groups.title': 'Working groups',
};

export default { da, en };
