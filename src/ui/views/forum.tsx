/** A forum: its charter in force (summary), current members, coming and recent meetings. */
import { PageTitle, Show } from '../components.tsx';
import { getCalendar, getForum, hasAgenda } from '../data.ts';
import { isManagerOf } from '../follow-up-list.ts';
import { localToday, useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { CalendarEntry, SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';

function MeetingTable({
  forum,
  meetings,
  caption,
}: {
  forum: string;
  meetings: CalendarEntry[];
  caption: string;
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Forum({ person, shortName }: { person: SessionPerson; shortName: string }) {
  const { t, tx, shortDate } = useLocale();
  const org = person.orgSlug;
  const loaded = useLoad(`forum:${shortName}`, async () => {
    const [forum, coming, past] = await Promise.all([
      getForum(org, shortName),
      getCalendar(org, shortName, localToday(), localToday(182)),
      getCalendar(org, shortName, localToday(-3 * 365), localToday(-1)),
    ]);
    return { forum, coming, recent: past.filter(hasAgenda).reverse().slice(0, 6) };
  });
  return (
    <Show loaded={loaded}>
      {({ forum, coming, recent }) => (
        <>
          <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
            <ol className="breadcrumbs__list">
              <li className="breadcrumbs__list-item">
                <Link href={paths.home()} className="breadcrumbs__link">
                  {t('home')}
                </Link>
              </li>
              <li className="breadcrumbs__list-item" aria-current="page">
                {forum.name}
              </li>
            </ol>
          </nav>
          <PageTitle title={forum.name}>{forum.name}</PageTitle>
          {(isManagerOf(person, forum.members) || forum.members.some((m) => m.personId === person.id)) && (
            <ul className="nobullet-list forum-links">
              <li>
                <Link href={paths.followUps(forum.shortName)}>{t('fu.forumRegister')}</Link>
              </li>
              {isManagerOf(person, forum.members) && (
                <li>
                  <Link href={paths.charterEditor(forum.shortName)}>{t('ch.editLink')}</Link>
                </li>
              )}
            </ul>
          )}
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
              <MeetingTable forum={forum.shortName} meetings={coming} caption={t('calendar')} />
            )}
          </section>
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
