/**
 * A leaders' day (/fora/:forum/lederdage/:day): date, place, deadline, seats left and the waitlist;
 * programme and material (links and files, leaders-day-files.tsx) once released (14 days before); the reader's registration
 * (leaders-day-registration.tsx); for the organisers the registrations with dietary needs and where
 * the evaluation went (leaders-day-organiser.tsx).
 */
import { useEffect, useRef, useState } from 'react';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { PageTitle, Show } from '../components.tsx';
import { type LeadersDayPage, type LeadersDayView, loadLeadersDay } from '../leaders-day-data.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import { StatusMessage } from '../status-message.tsx';
import type { SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import { FileLinks, MaterialUpload } from './leaders-day-files.tsx';
import { EditDay, Organisers } from './leaders-day-organiser.tsx';
import { Registration } from './leaders-day-registration.tsx';
import '../styles/leaders-day.css';

function Facts({ day }: { day: LeadersDayView }) {
  const { t, date, shortDate } = useLocale();
  return (
    <dl className="ld-facts">
      <dt>{t('leadersDay.date')}</dt>
      <dd>{date(day.date)}</dd>
      <dt>{t('leadersDay.place')}</dt>
      <dd>{day.place || t('leadersDay.noPlace')}</dd>
      <dt>{t('leadersDay.deadline')}</dt>
      <dd>{shortDate(day.registrationDeadline)}</dd>
      <dt>{t('leadersDay.seatsLeft')}</dt>
      <dd>
        {Math.max(0, day.seats - day.seatsTaken)} {t('leadersDay.seatsTaken')} {day.seats}
      </dd>
      <dt>{t('leadersDay.waitlist')}</dt>
      <dd>
        {day.waitlisted}{' '}
        {t(day.waitlisted === 1 ? 'leadersDay.waitlistCountOne' : 'leadersDay.waitlistCount')}
      </dd>
    </dl>
  );
}

function Programme({ page, org, forum }: { page: LeadersDayPage; org: string; forum: string }) {
  const { t, shortDate } = useLocale();
  const { day, organiser } = page;
  const files = day.files ?? [];
  return (
    <section aria-labelledby="ld-programme">
      <h2 id="ld-programme">{t('leadersDay.programme')}</h2>
      {day.programme === null ? (
        <p>
          {day.released
            ? t('leadersDay.releasedForRegistered')
            : `${t('leadersDay.releasedOn')} ${shortDate(day.releaseDate)}.`}
        </p>
      ) : (
        <>
          {organiser && !day.released && (
            <p className="meta">
              {t('leadersDay.organiserPreview')} {shortDate(day.releaseDate)}.
            </p>
          )}
          {day.programme ? (
            <p className="ld-programme-text">{day.programme}</p>
          ) : (
            <p>{t('leadersDay.noProgramme')}</p>
          )}
          {((day.material && day.material.length > 0) || files.length > 0) && (
            <>
              <h3>{t('leadersDay.material')}</h3>
              <ul>
                {(day.material ?? []).map((m) => (
                  <li key={m.url + m.title}>
                    <a href={m.url} rel="noreferrer" target="_blank">
                      {m.title}
                    </a>
                  </li>
                ))}
                <FileLinks org={org} forum={forum} day={day.id} files={files} />
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

export function LeadersDay({ person, forum, day }: { person: SessionPerson; forum: string; day: string }) {
  const { t, date } = useLocale();
  const [reload, setReload] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const loaded = useLoad(`leaders-day:${forum}:${day}:${reload}`, () => loadLeadersDay(person, forum, day));
  const [last, setLast] = useState<LeadersDayPage | null>(null);
  useEffect(() => {
    if (loaded.state === 'done') setLast(loaded.data);
  }, [loaded]);
  // After a change the day reloads behind the page: the old state stays until the new one is there.
  const shown = loaded.state === 'loading' && last ? { state: 'done' as const, data: last } : loaded;
  const data = shown.state === 'done' ? shown.data : null;
  const name = data?.forum.name ?? forum;
  const title = data ? `${t('leadersDay.dayTitle')} ${date(data.day.date)}` : t('leadersDay.dayTitle');
  /** After a change: say what happened, and bring the day up to date behind the page. */
  const changed = (text: string) => {
    setMessage(text);
    status.current?.focus();
    setReload((n) => n + 1);
  };
  return (
    <>
      <Breadcrumbs parent={{ href: paths.leadersDays(forum), name: `${t('leadersDay.title')}: ${name}` }}>
        {data ? date(data.day.date) : t('leadersDay.title')}
      </Breadcrumbs>
      <PageTitle title={title}>{title}</PageTitle>
      <StatusMessage className="flash" focusable ref={status}>
        {message}
      </StatusMessage>
      <Show loaded={shown}>
        {(page) => (
          <>
            <Facts day={page.day} />
            <Registration person={person} forum={forum} page={page} onChanged={changed} />
            <Programme page={page} org={person.orgSlug} forum={forum} />
            {page.organiser && (
              <>
                <MaterialUpload person={person} forum={forum} page={page} onChanged={changed} />
                <Organisers page={page} />
                <EditDay person={person} forum={forum} page={page} onSaved={changed} />
              </>
            )}
            <p>
              <Link href={paths.leadersDays(forum)}>{t('leadersDay.back')}</Link>
            </p>
          </>
        )}
      </Show>
    </>
  );
}
