/**
 * Home: my work (items on their way, approvals waiting), my forums, the next meetings of my forums,
 * my follow-ups and my working groups (when there are any).
 */
import { PageTitle, Show } from '../components.tsx';
import { hasAgenda, myFollowUps, myForums, myWork } from '../data.ts';
import { loadMyWorkingGroups } from '../groups-data.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import { WorkTable } from '../work.tsx';
import { MyWorkingGroups } from './my-working-groups.tsx';

export function Home({ person }: { person: SessionPerson }) {
  const { t, tx, date, time, shortDate } = useLocale();
  const loaded = useLoad(`home:${person.id}`, async () => {
    const [forums, work, followUps, groups] = await Promise.all([
      myForums(person),
      myWork(person),
      myFollowUps(person),
      loadMyWorkingGroups(person),
    ]);
    return { forums, work, followUps, groups };
  });
  const forumName = (id: string, forums: { id: string; name: string }[]) =>
    forums.find((f) => f.id === id)?.name ?? '';

  return (
    <>
      <PageTitle title={t('home')}>
        {t('welcome')}, {person.name}
      </PageTitle>
      <p className="font-lead">{person.orgName}</p>
      <Show loaded={loaded}>
        {({ forums, work, followUps, groups }) => (
          <div className="home-grid">
            <section aria-labelledby="home-work" className="home-wide">
              <h2 id="home-work">{t('myWork')}</h2>
              {work.approvals.length > 0 && (
                <p className="approvals-notice">
                  <Link href={paths.approvals()} className="approvals-link">
                    {work.approvals.length}{' '}
                    {t(work.approvals.length === 1 ? 'approvalsWaitingOne' : 'approvalsWaiting')}
                  </Link>
                </p>
              )}
              {work.items.length === 0 ? <p>{t('noWork')}</p> : <WorkTable items={work.items} show="state" />}
            </section>
            <section aria-labelledby="home-forums">
              <h2 id="home-forums">{t('myForums')}</h2>
              {forums.length === 0 ? (
                <p>{t('noForums')}</p>
              ) : (
                <ul className="nobullet-list card-list">
                  {forums.map((f) => {
                    const roles = f.members.filter((m) => m.personId === person.id).map((m) => m.role);
                    const mine = roles.map((r) => tx('role', r));
                    // Chair, members and the secretary propose items (policy: item.create).
                    const proposes = roles.some((r) => r !== 'guest');
                    return (
                      <li key={f.id}>
                        <Link href={paths.forum(f.shortName)} className="card-link">
                          {f.name}
                        </Link>
                        <span className="meta"> · {mine.join(', ')}</span>
                        {proposes && (
                          <>
                            <br />
                            {/* Its purpose is clear in context: the forum named first in the same list item. */}
                            <Link href={paths.newItem(f.shortName)} className="home-propose">
                              {t('editor.propose')}
                            </Link>
                          </>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
            <section aria-labelledby="home-meetings">
              <h2 id="home-meetings">{t('nextMeetings')}</h2>
              {work.meetings.length === 0 ? (
                <p>{t('noMeetings')}</p>
              ) : (
                <ul className="nobullet-list card-list">
                  {work.meetings.map(({ forum, meeting }) => (
                    <li key={`${forum.id}-${meeting.start}`}>
                      <span className="meeting-when">
                        {date(meeting.start)}, {time(meeting.start)}–{time(meeting.end)}
                      </span>
                      <br />
                      {hasAgenda(meeting) ? (
                        <Link href={paths.meeting(forum.shortName, meeting.meetingId)}>
                          {forum.name}: {t('agenda')}
                        </Link>
                      ) : (
                        <Link href={paths.forum(forum.shortName)}>{forum.name}</Link>
                      )}
                      {meeting.location && <span className="meta"> · {meeting.location}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="home-followups" className="home-wide">
              <h2 id="home-followups">{t('myFollowUps')}</h2>
              <p>
                <Link href={paths.followUps()}>{t('fu.allMine')}</Link>
              </p>
              {followUps.length === 0 ? (
                <p>{t('noFollowUps')}</p>
              ) : (
                <div className="table--responsive-scroll">
                  <table className="table table--compact">
                    <thead>
                      <tr>
                        <th scope="col">{t('followUp')}</th>
                        <th scope="col">{t('forum')}</th>
                        <th scope="col">{t('due')}</th>
                        <th scope="col">{t('status')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {followUps.map((f) => (
                        <tr key={f.id}>
                          <td>{f.title}</td>
                          <td>{forumName(f.forumId, forums)}</td>
                          <td>{f.dueDate ? shortDate(f.dueDate) : ''}</td>
                          <td>{tx('followUp', f.status)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
            {groups.length > 0 && <MyWorkingGroups person={person} mine={groups} />}
          </div>
        )}
      </Show>
    </>
  );
}
