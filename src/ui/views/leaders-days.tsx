/** A forum's leaders' days, and the organisers' form for a new one (leaders-day-form.tsx). */
import { useRef, useState } from 'react';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { PageTitle, Show } from '../components.tsx';
import { type LeadersDayView, loadLeadersDays } from '../leaders-day-data.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import { StatusMessage } from '../status-message.tsx';
import type { SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import { LeadersDayForm } from './leaders-day-form.tsx';
import { MyStatus } from './leaders-day-status.tsx';
import '../styles/leaders-day.css';

function DayTable({ forum, days }: { forum: string; days: LeadersDayView[] }) {
  const { t, date } = useLocale();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact ld-table">
        <caption className="sr-only">{t('leadersDay.days')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('leadersDay.date')}</th>
            <th scope="col">{t('leadersDay.place')}</th>
            <th scope="col">{t('leadersDay.seats')}</th>
            <th scope="col">{t('leadersDay.mine')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <Link href={paths.leadersDay(forum, d.id)}>{date(d.date)}</Link>
              </th>
              <td>{d.place || <span className="meta">{t('leadersDay.noPlace')}</span>}</td>
              <td className="nowrap">
                {d.seatsTaken} {t('leadersDay.seatsTaken')} {d.seats} {t('leadersDay.seatsTakenSuffix')}
                {d.waitlisted > 0 && (
                  <span className="meta ld-waiting">
                    {d.waitlisted} {t('leadersDay.waitingSuffix')}
                  </span>
                )}
              </td>
              <td>
                <MyStatus mine={d.mine} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function LeadersDays({ person, forum }: { person: SessionPerson; forum: string }) {
  const { t, date } = useLocale();
  const [reload, setReload] = useState(0);
  const [created, setCreated] = useState<{ id: string; date: string } | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const loaded = useLoad(`leaders-days:${forum}:${reload}`, () => loadLeadersDays(person, forum));
  const name = loaded.state === 'done' ? loaded.data.forum.name : forum;
  const title = `${t('leadersDay.title')}: ${name}`;
  return (
    <>
      <Breadcrumbs forum={{ key: forum, name }}>{t('leadersDay.title')}</Breadcrumbs>
      <PageTitle title={title}>{title}</PageTitle>
      <p>{t('leadersDay.intro')}</p>
      <StatusMessage className="flash" focusable ref={status}>
        {created && (
          <>
            {t('leadersDay.created')}{' '}
            <Link href={paths.leadersDay(forum, created.id)}>{date(created.date)}</Link>
          </>
        )}
      </StatusMessage>
      <Show loaded={loaded}>
        {(data) => (
          <>
            <section aria-labelledby="ld-days">
              <h2 id="ld-days">{t('leadersDay.days')}</h2>
              {data.days.length === 0 ? (
                <p>{t('leadersDay.none')}</p>
              ) : (
                <DayTable forum={forum} days={data.days} />
              )}
            </section>
            {data.organiser && (
              <LeadersDayForm
                key={reload}
                person={person}
                forum={forum}
                mode={{
                  kind: 'create',
                  forums: data.forums,
                  onCreated: (day) => {
                    setCreated(day);
                    status.current?.focus();
                    setReload((n) => n + 1);
                  },
                }}
              />
            )}
          </>
        )}
      </Show>
    </>
  );
}
