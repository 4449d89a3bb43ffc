/**
 * The web app's paths, in one place for the browser app (src/ui/router.tsx matches them back to its
 * views) and for the server's mails, which link to the same pages (`${PUBLIC_URL}${paths.x(...)}`).
 * The web app serves one organisation per session, so the organisation is not in the path.
 */

const seg = encodeURIComponent;

export const paths = {
  home: () => '/',
  forum: (forum: string) => `/fora/${seg(forum)}`,
  meeting: (forum: string, meeting: string) => `/fora/${seg(forum)}/moeder/${seg(meeting)}`,
  item: (item: string) => `/punkter/${seg(item)}`,
  approvals: () => '/godkendelser',
  /** The item editor: a new item for a forum, or a draft (or returned) item. */
  newItem: (forum: string) => `/fora/${seg(forum)}/nyt-punkt`,
  editItem: (item: string) => `/punkter/${seg(item)}/rediger`,
  /** The secretary's meeting builder and minute-taking. */
  builder: (forum: string, meeting: string) => `/fora/${seg(forum)}/moeder/${seg(meeting)}/forbered`,
  minuteTaking: (forum: string, meeting: string) => `/fora/${seg(forum)}/moeder/${seg(meeting)}/referat`,
  /** My follow-ups, or a forum's follow-up register. */
  followUps: (forum?: string) => (forum ? `/fora/${seg(forum)}/opfoelgning` : '/opfoelgning'),
  caseTimeline: (caseId: string) => `/sager/${seg(caseId)}`,
  charterEditor: (forum: string) => `/fora/${seg(forum)}/kommissorium`,
  /** Search results, with the query and filters as URL parameters. */
  search: (params: Record<string, string> = {}) => {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '')).toString();
    return query ? `/soeg?${query}` : '/soeg';
  },
  /** Planning the year: the organisation's year view (`?aar=2025`) and a forum's planning pages. */
  year: (year?: number) => (year ? `/aarsplan?aar=${year}` : '/aarsplan'),
  wheel: (forum: string) => `/fora/${seg(forum)}/aarshjul`,
  themePlan: (forum: string) => `/fora/${seg(forum)}/temaplan`,
  themes: (forum: string) => `/fora/${seg(forum)}/temaer`,
  leadersDays: (forum: string) => `/fora/${seg(forum)}/lederdage`,
  leadersDay: (forum: string, day: string) => `/fora/${seg(forum)}/lederdage/${seg(day)}`,
  workingGroups: (forum: string) => `/fora/${seg(forum)}/arbejdsgrupper`,
  workingGroup: (forum: string, group: string) => `/fora/${seg(forum)}/arbejdsgrupper/${seg(group)}`,
  workProgramme: (forum: string, year?: number) =>
    year ? `/fora/${seg(forum)}/arbejdsprogram/${year}` : `/fora/${seg(forum)}/arbejdsprogram`,
  dashboard: (forum: string) => `/fora/${seg(forum)}/noegletal`,
};
