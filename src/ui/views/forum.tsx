/**
 * A forum: its charter in force (summary), current members, coming and recent meetings; for its
 * secretariat the queue and the way to prepare each meeting, for its members a link to propose an item.
 */
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { approvedAt, buildable, getQueue, managesForum, type QueuedItem, rolesIn } from '../builder-data.ts';
import { PageTitle, Show } from '../components.tsx';
import { getCalendar, getForum, hasAgenda } from '../data.ts';
import { localToday, useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { CalendarEntry, ForumView, SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import '../styles/builder.css';

/** The key the builder takes for a calendar entry: its stored meeting, or its series date. */
const meetingKey = (m: CalendarEntry): string | null => m.meetingId ?? m.occurrenceDate;

function Queue({
  forum,
  queue,
  approved,
}: {
  forum: ForumView;
  queue: QueuedItem[];
  approved: Record<string, string | null>;
}) {
  const { t, tx, shortDate } = useLocale();
  const nameOf = (id: string | null) => (id && forum.members.find((x) => x.personId === id)?.name) || '–';
  return (
    <section aria-labelledby="forum-queue">
      <h2 id="forum-queue">{t('forumPage.queue')}</h2>
      <p>{t('forumPage.queueIntro')}</p>
      {queue.length === 0 ? (
        <p>{t('builder.queueEmpty')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact forum-queue">
            <caption className="sr-only">{t('builder.queueCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('builder.item')}</th>
                <th scope="col">{t('builder.submitter')}</th>
                <th scope="col">{t('builder.type')}</th>
                <th scope="col">{t('builder.approved')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.map((q) => {
                const at = approved[q.id] ?? null;
                return (
                  <tr key={q.id}>
                    <th scope="row">
                      <Link href={paths.item(q.id)}>{q.title}</Link>
                      {q.late && (
                        <>
                          {' '}
                          <span className="badge badge-warning">{t('builder.late')}</span>
                        </>
                      )}
                    </th>
                    <td>{nameOf(q.submitterPersonId)}</td>
                    <td>{tx('type', q.type)}</td>
                    <td className="nowrap">{at ? shortDate(at) : '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function MeetingTable({
  forum,
  meetings,
  caption,
  prepare = false,
}: {
  forum: string;
  meetings: CalendarEntry[];
  caption: string;
  /** Links to the meeting builder (the forum's secretariat). */
  prepare?: boolean;
}) {
  const { t, date, time } = useLocale();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('date')}</th>
            <th scope="col">{t('time')}</th>
            <th scope="col">{t('place')}</th>
            <th scope="col">{t('leader')}</th>
            <th scope="col">{t('agenda')}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => (
            <tr key={m.start} className={m.cancelled ? 'cancelled' : undefined}>
              <td>{date(m.start)}</td>
              <td className="nowrap">
                {time(m.start)}–{time(m.end)}
              </td>
              <td>{m.location}</td>
              <td>{m.leader?.name ?? ''}</td>
              <td>
                {m.cancelled ? (
                  t('cancelled')
                ) : hasAgenda(m) ? (
                  <Link href={paths.meeting(forum, m.meetingId)}>
                    {t('openAgenda')}
                    <span className="sr-only"> {date(m.start)}</span>
                  </Link>
                ) : (
                  t('noAgendaYet')
                )}
                {prepare && !m.cancelled && buildable(m.state) && meetingKey(m) && (
                  <>
                    {' '}
                    <Link
                      href={paths.builder(forum, meetingKey(m) ?? '')}
                      className="button button-secondary forum-prepare"
                    >
                      {t('forumPage.prepare')}
                      <span className="sr-only"> {date(m.start)}</span>
                    </Link>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The forum's planning pages, for everyone who reads the forum (each page shows what they may see). */
const PLANNING_PAGES = [
  ['plan.wheel', paths.wheel],
  ['plan.themePlan', paths.themePlan],
  ['plan.themes', paths.themes],
  ['plan.leadersDays', paths.leadersDays],
  ['plan.workingGroups', paths.workingGroups],
  ['plan.workProgramme', (f: string) => paths.workProgramme(f)],
  ['plan.dashboard', paths.dashboard],
] as const;

export function Forum({ person, shortName }: { person: SessionPerson; shortName: string }) {
  const { t, tx, shortDate } = useLocale();
  const org = person.orgSlug;
  const loaded = useLoad(`forum:${shortName}`, async () => {
    const [forum, coming, past] = await Promise.all([
      getForum(org, shortName),
      getCalendar(org, shortName, localToday(), localToday(182)),
      getCalendar(org, shortName, localToday(-3 * 365), localToday(-1)),
    ]);
    // The queue is the secretariat's working list: the server gives it to the forum's managers only.
    const manages = managesForum(forum, person);
    const queue = manages ? await getQueue(org, shortName) : null;
    const dates = queue ? await Promise.all(queue.map((q) => approvedAt(org, q.id))) : [];
    return {
      forum,
      coming,
      recent: past.filter(hasAgenda).reverse().slice(0, 6),
      manages,
      proposes: rolesIn(forum, person).some((r) => r !== 'guest'),
      queue,
      approved: Object.fromEntries((queue ?? []).map((q, i) => [q.id, dates[i] ?? null])),
    };
  });
  return (
    <Show loaded={loaded}>
      {({ forum, coming, recent, manages, proposes, queue, approved }) => (
        <>
          <Breadcrumbs>{forum.name}</Breadcrumbs>
          <PageTitle title={forum.name}>{forum.name}</PageTitle>
          {(proposes || manages) && (
            <nav aria-label={t('forumPage.tools')}>
              <ul className="forum-tools">
                {proposes && (
                  <li>
                    <Link href={paths.newItem(forum.shortName)} className="button button-primary">
                      {t('forumPage.proposeItem')}
                    </Link>
                  </li>
                )}
                <li>
                  <Link href={paths.followUps(forum.shortName)} className="button button-secondary">
                    {t('fu.forumRegister')}
                  </Link>
                </li>
                {manages && (
                  <li>
                    <Link href={paths.charterEditor(forum.shortName)} className="button button-secondary">
                      {t('forumPage.editCharter')}
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          )}
          <nav aria-label={t('plan.nav')}>
            <ul className="forum-tools">
              {PLANNING_PAGES.map(([key, href]) => (
                <li key={key}>
                  <Link href={href(forum.shortName)} className="button button-tertiary">
                    {t(key)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <section aria-labelledby="forum-charter">
            <h2 id="forum-charter">{t('charter')}</h2>
            {forum.charter ? (
              <>
                <p className="meta">
                  {t('charterFrom')} {shortDate(forum.charter.effectiveFrom)} (v{forum.charter.version})
                </p>
                {forum.charter.purpose
                  .split(/\n{2,}/)
                  .filter((p) => p.trim())
                  .map((p) => (
                    <p key={p} className="charter-purpose">
                      {p}
                    </p>
                  ))}
              </>
            ) : (
              <p>{t('noCharter')}</p>
            )}
          </section>
          <section aria-labelledby="forum-members">
            <h2 id="forum-members">{t('members')}</h2>
            <div className="table--responsive-scroll">
              <table className="table table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t('name')}</th>
                    <th scope="col">{t('jobTitle')}</th>
                    <th scope="col">{t('role')}</th>
                  </tr>
                </thead>
                <tbody>
                  {forum.members.map((m) => (
                    <tr key={m.id}>
                      <td>{m.name}</td>
                      <td>{m.title}</td>
                      <td>{tx('role', m.role)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="forum-calendar">
            <h2 id="forum-calendar">{t('calendar')}</h2>
            {coming.length === 0 ? (
              <p>{t('noMeetings')}</p>
            ) : (
              <MeetingTable
                forum={forum.shortName}
                meetings={coming}
                caption={t('calendar')}
                prepare={manages}
              />
            )}
          </section>
          {queue && <Queue forum={forum} queue={queue} approved={approved} />}
          {recent.length > 0 && (
            <section aria-labelledby="forum-recent">
              <h2 id="forum-recent">{t('recentMeetings')}</h2>
              <MeetingTable forum={forum.shortName} meetings={recent} caption={t('recentMeetings')} />
            </section>
          )}
        </>
      )}
    </Show>
  );
}
