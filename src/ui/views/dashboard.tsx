/**
 * A forum's key figures (/fora/:forum/noegletal) for a period (default the last 12 months): lead time
 * from submission to decision and approval latency (median, 90th percentile, in days), deadline
 * misses for items and minutes, follow-up completion; as a table of text figures with what each
 * shows, a small bar beside the follow-up share, and the late items and minutes listed.
 */
import { useRef, useState } from 'react';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { PageTitle, Show } from '../components.tsx';
import {
  type DashboardView,
  defaultPeriod,
  loadDashboard,
  percent,
  periodProblem,
} from '../dashboard-data.ts';
import { LOCALES } from '../i18n.ts';
import { localToday, useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import { Field } from './working-group-fields.tsx';
import '../styles/groups.css';

type Summary = DashboardView['leadTime'];

function Figures({ dashboard }: { dashboard: DashboardView }) {
  const { t, lang } = useLocale();
  const num = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 });
  const days = (n: number | null) => `${n === null ? '–' : num.format(n)} ${t('dashboard.days')}`;
  const items = (n: number) => `${n} ${n === 1 ? t('dashboard.item') : t('dashboard.items')}`;
  const summary = (s: Summary) =>
    s.count === 0 ? (
      <span className="db-figure">{t('dashboard.none')}</span>
    ) : (
      <>
        <span className="db-figure">
          {t('dashboard.median')} {days(s.medianDays)}
        </span>
        <span className="db-detail">
          {t('dashboard.p90')} {days(s.p90Days)} ({items(s.count)})
        </span>
      </>
    );
  const { deadlineMisses: miss, followUps: fu } = dashboard;
  const rows = [
    { key: 'leadTime', value: summary(dashboard.leadTime) },
    { key: 'approval', value: summary(dashboard.approvalLatency) },
    {
      key: 'lateItems',
      value: (
        <>
          <span className="db-figure">{items(miss.lateItems.length)}</span>
          <span className="db-detail">
            {t('dashboard.onMeetings')} {miss.meetings} {t('dashboard.meetings')}
          </span>
        </>
      ),
    },
    {
      key: 'lateMinutes',
      value: (
        <span className="db-figure">
          {miss.lateMinutes.length} {t('dashboard.ofMeetings')} {miss.meetings} {t('dashboard.meetings')}
        </span>
      ),
    },
    {
      key: 'followUps',
      value:
        fu.share === null ? (
          <span className="db-figure">{t('dashboard.none')}</span>
        ) : (
          <>
            <span className="db-figure">{percent(fu.share)} %</span>
            <span className="db-detail">
              {fu.done} {t('dashboard.ofMeetings')} {fu.total} {t('dashboard.followUpsDone')}, {fu.overdue}{' '}
              {t('dashboard.overdue')}
            </span>
            <span className="db-bar" aria-hidden="true">
              <span style={{ width: `${percent(fu.share)}%` }} />
            </span>
          </>
        ),
    },
  ] as const;
  return (
    <div className="table--responsive-scroll">
      <table className="table db-table">
        <caption>{t('dashboard.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.measure')}</th>
            <th scope="col">{t('dashboard.value')}</th>
            <th scope="col">{t('dashboard.about')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{t(`dashboard.${r.key}`)}</th>
              <td>{r.value}</td>
              <td>{t(`dashboard.${r.key}About`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Misses({ forum, dashboard }: { forum: string; dashboard: DashboardView }) {
  const { t, shortDate, time } = useLocale();
  const when = (iso: string) => `${shortDate(iso)} ${time(iso)}`;
  const { lateItems, lateMinutes } = dashboard.deadlineMisses;
  return (
    <div className="db-lists">
      {lateItems.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption>{t('dashboard.lateItemsList')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('programme.item')}</th>
                <th scope="col">{t('dashboard.submittedAt')}</th>
                <th scope="col">{t('dashboard.deadline')}</th>
              </tr>
            </thead>
            <tbody>
              {lateItems.map((i) => (
                <tr key={i.itemId}>
                  <th scope="row">
                    <Link href={paths.item(i.itemId)}>{i.title}</Link>
                  </th>
                  <td>{i.submittedAt ? when(i.submittedAt) : '–'}</td>
                  <td>{when(i.deadline)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {lateMinutes.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption>{t('dashboard.lateMinutesList')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.meetingDate')}</th>
                <th scope="col">{t('dashboard.deadline')}</th>
                <th scope="col">{t('dashboard.publishedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {lateMinutes.map((m) => (
                <tr key={m.meetingId}>
                  <th scope="row">
                    <Link href={paths.meeting(forum, m.meetingId)}>{shortDate(m.start)}</Link>
                  </th>
                  <td>{m.deadline ? when(m.deadline) : '–'}</td>
                  <td>{m.publishedAt ? when(m.publishedAt) : t('dashboard.notYet')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export function Dashboard({ person, forum }: { person: SessionPerson; forum: string }) {
  const { t, shortDate } = useLocale();
  const [period, setPeriod] = useState(() => defaultPeriod(localToday()));
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [problem, setProblem] = useState<'from' | 'to' | 'order' | null>(null);
  const fromInput = useRef<HTMLInputElement>(null);
  const toInput = useRef<HTMLInputElement>(null);
  const loaded = useLoad(`dashboard:${person.id}:${forum}:${period.from}:${period.to}`, () =>
    loadDashboard(person.orgSlug, forum, period.from, period.to),
  );
  const forumName = loaded.state === 'done' ? loaded.data.forum.name : forum;
  const title = `${t('dashboard.title')}: ${forumName}`;
  const fromError = problem === 'from' ? t('programme.problem.required') : undefined;
  const toError =
    problem === 'to'
      ? t('programme.problem.required')
      : problem === 'order'
        ? t('dashboard.periodError')
        : undefined;
  return (
    <>
      <Breadcrumbs forum={{ key: forum, name: forumName }}>{t('dashboard.title')}</Breadcrumbs>
      <PageTitle title={title}>{title}</PageTitle>
      <p>{t('dashboard.intro')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const p = periodProblem(from, to);
          setProblem(p);
          if (p === 'from') fromInput.current?.focus();
          else if (p) toInput.current?.focus();
          else setPeriod({ from, to });
        }}
      >
        <fieldset>
          <legend className="h2">{t('dashboard.period')}</legend>
          <div className="db-period">
            <Field id="db-from" label={t('dashboard.from')} error={fromError} errorPrefix={t('error')}>
              {(aria) => (
                <input
                  ref={fromInput}
                  type="date"
                  className="form-input input-width-s"
                  value={from}
                  onChange={(e) => setFrom(e.target.value)}
                  {...aria}
                />
              )}
            </Field>
            <Field id="db-to" label={t('dashboard.to')} error={toError} errorPrefix={t('error')}>
              {(aria) => (
                <input
                  ref={toInput}
                  type="date"
                  className="form-input input-width-s"
                  value={to}
                  onChange={(e) => setTo(e.target.value)}
                  {...aria}
                />
              )}
            </Field>
            <button type="submit" className="button button-primary">
              {t('dashboard.show')}
            </button>
          </div>
        </fieldset>
      </form>
      <Show loaded={loaded}>
        {(data) => (
          <>
            <p role="status">
              {t('dashboard.periodShown')} {shortDate(data.dashboard.period.from)} –{' '}
              {shortDate(data.dashboard.period.to)}
            </p>
            <Figures dashboard={data.dashboard} />
            <Misses forum={forum} dashboard={data.dashboard} />
          </>
        )}
      </Show>
    </>
  );
}
