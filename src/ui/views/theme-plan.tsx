/**
 * A forum's theme plan (/fora/:forum/temaplan): who presents which theme at which meeting. Everyone
 * in the forum reads the coming theme discussions ("Marie Aasøe (afdelingschef for …) har
 * temadrøftelsen den 21. maj 2025") and the meetings with their themes (the past ones folded away);
 * the forum's managers assign a theme with the rotation's proposal (theme-plan-form.tsx) and change
 * its status (theme-plan-table.tsx).
 */
import { useEffect, useRef, useState } from 'react';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { managesForum } from '../builder-data.ts';
import { PageTitle, Show } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import { StatusMessage } from '../status-message.tsx';
import {
  comingAssignments,
  fill,
  loadThemePlan,
  PRESENTER_REMINDER_DAYS,
  planMeetings,
  splitComing,
  type ThemePlanData,
  type ThemePlanEntry,
  titleInSentence,
} from '../theme-plan-data.ts';
import type { SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import { ThemePlanForm } from './theme-plan-form.tsx';
import { ThemePlanTable } from './theme-plan-table.tsx';
import '../styles/theme-plan.css';

/** "Marie Aasøe (afdelingschef for Økonomi & Stab) har temadrøftelsen den 21. maj 2025". */
export function PresenterSentence({ data, entry }: { data: ThemePlanData; entry: ThemePlanEntry }) {
  const { t, lang, shortDate } = useLocale();
  const title = data.forum.members.find((m) => m.personId === entry.presenterPersonId)?.title ?? '';
  const presenter = title ? `${entry.presenterName} (${titleInSentence(title, lang)})` : entry.presenterName;
  return <>{fill(t('themePlan.sentence'), { presenter, date: shortDate(entry.meetingStart) })}</>;
}

/** Meetings folded away under a summary (none: nothing shown). */
function Folded({ count, summary, children }: { count: number; summary: string; children: React.ReactNode }) {
  if (count === 0) return null;
  return (
    <details className="details tp-folded">
      <summary className="details-summary">{summary}</summary>
      <div className="details-text">{children}</div>
    </details>
  );
}

function Upcoming({ data, now }: { data: ThemePlanData; now: Date }) {
  const { t, tx } = useLocale();
  const coming = comingAssignments(data.plan, now);
  return (
    <section aria-labelledby="tp-upcoming">
      <h2 id="tp-upcoming">{t('themePlan.upcoming')}</h2>
      {coming.length === 0 ? (
        <p>{t('themePlan.noneUpcoming')}</p>
      ) : (
        <ul className="nobullet-list tp-upcoming">
          {coming.map((a, i) => (
            <li key={a.id} className={i === 0 ? 'tp-next' : undefined}>
              {i === 0 && <strong className="tp-next-label">{t('themePlan.next')}: </strong>}
              <PresenterSentence data={data} entry={a} />: <span className="tp-theme">{a.theme}</span>{' '}
              <span className={`badge tp-status tp-status-${a.status}`}>
                {tx('themePlan.status', a.status)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Plan({
  person,
  data,
  onChanged,
}: {
  person: SessionPerson;
  data: ThemePlanData;
  onChanged: () => void;
}) {
  const { t, lang } = useLocale();
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const now = new Date();
  const { coming, past } = planMeetings(data.calendar, data.plan, now);
  const { soon, later } = splitComing(coming);
  const manager = managesForum(data.forum, person);
  const days = new Intl.ListFormat(lang === 'da' ? 'da-DK' : 'en-GB', { type: 'conjunction' }).format(
    PRESENTER_REMINDER_DAYS.map(String),
  );
  const said = (text: string) => {
    setMessage(text);
    statusRef.current?.focus();
    onChanged();
  };
  const table = { org: person.orgSlug, data, manager, onChanged: said };

  return (
    <>
      <p>{t('themePlan.intro')}</p>
      <p className="tp-reminders">{fill(t('themePlan.reminders'), { days })}</p>
      <StatusMessage className="flash" focusable ref={statusRef}>
        {message}
      </StatusMessage>
      <Upcoming data={data} now={now} />
      <section aria-labelledby="tp-meetings">
        <h2 id="tp-meetings">{t('themePlan.meetings')}</h2>
        {coming.length === 0 ? (
          <p>{t('themePlan.noMeetings')}</p>
        ) : (
          <ThemePlanTable {...table} meetings={soon} caption={t('themePlan.meetingsCaption')} />
        )}
        <Folded count={later.length} summary={fill(t('themePlan.later'), { n: String(later.length) })}>
          <ThemePlanTable {...table} meetings={later} caption={t('themePlan.laterCaption')} />
        </Folded>
        <Folded count={past.length} summary={fill(t('themePlan.past'), { n: String(past.length) })}>
          <ThemePlanTable {...table} meetings={past} caption={t('themePlan.pastCaption')} />
        </Folded>
      </section>
      {manager && <ThemePlanForm org={person.orgSlug} data={data} meetings={coming} onAssigned={said} />}
    </>
  );
}

export function ThemePlan({ person, forum }: { person: SessionPerson; forum: string }) {
  const { t } = useLocale();
  const [reload, setReload] = useState(0);
  const loaded = useLoad(`theme-plan:${forum}:${reload}`, () => loadThemePlan(person.orgSlug, forum));
  const [last, setLast] = useState<ThemePlanData | null>(null);
  useEffect(() => {
    if (loaded.state === 'done') setLast(loaded.data);
  }, [loaded]);
  // After a change the plan reloads behind the page: the old plan stays until the new one is there.
  const shown = loaded.state === 'loading' && last ? { state: 'done' as const, data: last } : loaded;
  const forumName = shown.state === 'done' ? shown.data.forum.name : forum;
  const title = `${t('themePlan.title')}: ${forumName}`;
  return (
    <>
      <Breadcrumbs forum={{ key: forum, name: forumName }}>{t('themePlan.title')}</Breadcrumbs>
      <PageTitle title={title}>{title}</PageTitle>
      <Show loaded={shown}>
        {(data) => <Plan person={person} data={data} onChanged={() => setReload((n) => n + 1)} />}
      </Show>
    </>
  );
}
