/** The secretary's meeting builder: the meeting, the agenda with its time plan, the queue, publication. */
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api.ts';
import {
  approvedAt,
  buildable,
  getLiveAgenda,
  getQueue,
  type LiveAgenda,
  type LiveAgendaItem,
  publish,
  putOrder,
  type QueuedItem,
  scheduleOn,
  unschedule,
} from '../builder-data.ts';
import { computePlan, inOrder, moveItem } from '../builder-plan.ts';
import { ErrorView, Loading, PageTitle } from '../components.tsx';
import { getCalendar, getForum, latestAgenda } from '../data.ts';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { CalendarEntry, ForumView, SessionPerson } from '../types.ts';
import { isNotFound, useLoad } from '../use-api.ts';
import '../styles/builder.css';

const DEADLINE_KINDS = ['submission', 'approval', 'publication', 'minutes'] as const;

interface Loaded {
  forum: ForumView;
  live: LiveAgenda;
  queue: QueuedItem[];
  approved: Record<string, string | null>;
  entry: CalendarEntry | undefined;
  /** Items on the latest published version (they can no longer be taken off the agenda). */
  published: string[];
}

async function loadQueue(org: string, forum: string) {
  const queue = await getQueue(org, forum);
  const dates = await Promise.all(queue.map((q) => approvedAt(org, q.id)));
  return { queue, approved: Object.fromEntries(queue.map((q, i) => [q.id, dates[i] ?? null])) };
}

async function publishedItems(org: string, forum: string, live: LiveAgenda): Promise<string[]> {
  if (live.publishedVersion === null) return [];
  const version = await latestAgenda(org, forum, live.agenda.meeting.id);
  return version.content.items.map((i) => i.itemId);
}

async function load(org: string, forum: string, meeting: string): Promise<Loaded> {
  const live = await getLiveAgenda(org, forum, meeting);
  const day = live.agenda.meeting.start.slice(0, 10);
  const [forumView, queue, calendar, published] = await Promise.all([
    getForum(org, forum),
    loadQueue(org, forum),
    getCalendar(org, forum, day, day),
    publishedItems(org, forum, live),
  ]);
  return {
    forum: forumView,
    live,
    ...queue,
    entry: calendar.find((e) => e.meetingId === live.agenda.meeting.id),
    published,
  };
}

/** What the server said, in the reader's language: a heading and the reasons. */
interface Problem {
  heading: MessageKey;
  lines: string[];
}

function problemOf(err: unknown, heading: MessageKey, t: (k: MessageKey) => string): Problem {
  if (!(err instanceof ApiError))
    return { heading, lines: [err instanceof Error ? err.message : String(err)] };
  const paths = err.body.details.map((d) => d.path);
  if (err.status === 403 || err.status === 404) return { heading, lines: [t('builder.noAccess')] };
  if (paths.includes('agenda')) return { heading, lines: [t('builder.nothingChanged')] };
  if (paths.includes('meeting') && err.status === 400) return { heading, lines: [t('builder.noCharter')] };
  if (paths.includes('meeting') || paths.includes('state'))
    return { heading, lines: [t('builder.meetingClosed'), `${t('builder.serverSays')} ${err.body.message}`] };
  if (paths.some((p) => p.startsWith('capacity.')))
    return {
      heading,
      lines: [t('builder.meetingFull'), ...err.body.details.map((d) => d.problem)],
    };
  if (paths.includes('itemIds')) return { heading, lines: [t('builder.changedMeanwhile')] };
  return { heading, lines: [err.body.message || `HTTP ${err.status}`] };
}

function NoAccess({ forum }: { forum: string }) {
  const { t } = useLocale();
  return (
    <>
      <PageTitle title={t('builder.noAccess')}>{t('builder.noAccess')}</PageTitle>
      <p>{t('builder.noAccessText')}</p>
      <p>
        <Link href={paths.forum(forum)}>{t('builder.backToForum')}</Link>
      </p>
    </>
  );
}

export function MeetingBuilder({
  person,
  forum,
  meeting,
}: {
  person: SessionPerson;
  forum: string;
  meeting: string;
}) {
  const org = person.orgSlug;
  const loaded = useLoad(`builder:${forum}:${meeting}`, () => load(org, forum, meeting));
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error')
    return isNotFound(loaded.error) ? (
      <NoAccess forum={forum} />
    ) : (
      <ErrorView error={loaded.error} retry={loaded.retry} />
    );
  return <Builder org={org} forumKey={forum} meetingKey={meeting} initial={loaded.data} />;
}

function Builder({
  org,
  forumKey,
  meetingKey,
  initial,
}: {
  org: string;
  forumKey: string;
  meetingKey: string;
  initial: Loaded;
}) {
  const { t, tx, date, time, shortDate } = useLocale();
  const [data, setData] = useState(initial);
  const [status, setStatus] = useState<React.ReactNode>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const refs = useRef(new Map<string, HTMLElement>());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  const { forum, live, queue, approved, entry, published } = data;
  const m = live.agenda.meeting;
  const items = live.agenda.items;
  const plan = computePlan(m.start, m.end, items);
  const open = buildable(live.state);

  useEffect(() => {
    if (!focusKey) return;
    const el = refs.current.get(focusKey);
    // A link is wrapped in a span (Link takes no ref); a button is focused itself.
    (el?.querySelector('a') ?? el)?.focus();
    setFocusKey(null);
  }, [focusKey]);
  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  const ref = (key: string) => (el: HTMLElement | null) => {
    if (el) refs.current.set(key, el);
    else refs.current.delete(key);
  };

  /** Runs one change at a time; a refusal is shown in the alert with the server's reasons. */
  async function run(heading: MessageKey, action: () => Promise<void>) {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setProblem(null);
    setStatus(null);
    try {
      await action();
    } catch (err) {
      setProblem(problemOf(err, heading, t));
      // The page shows the server's current state after a refusal.
      try {
        setData(await load(org, forumKey, meetingKey));
      } catch {
        // The refusal is already shown; the page keeps what it had.
      }
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  const reloadAll = async () => setData(await load(org, forumKey, meetingKey));

  const move = (index: number, delta: -1 | 1) =>
    run('builder.actionRefused', async () => {
      const item = items[index];
      if (!item) return;
      const order = moveItem(
        items.map((i) => i.itemId),
        index,
        delta,
      );
      const to = order.indexOf(item.itemId);
      // The new order and its time plan show at once; the server's answer then replaces them.
      setData((d) => ({
        ...d,
        live: { ...d.live, agenda: { ...d.live.agenda, items: inOrder(d.live.agenda.items, order) } },
      }));
      const canStay = delta === -1 ? to > 0 : to < order.length - 1;
      const same = delta === -1 ? 'up' : 'down';
      const other = delta === -1 ? 'down' : 'up';
      setFocusKey(`${item.itemId}:${canStay ? same : other}`);
      const answer = await putOrder(org, forumKey, meetingKey, order);
      setData((d) => ({ ...d, live: { ...answer, publishedVersion: d.live.publishedVersion } }));
      setStatus(
        <>
          «{item.title}» {t('builder.moved')} {to + 1}.
        </>,
      );
    });

  const schedule = (q: QueuedItem) =>
    run('builder.actionRefused', async () => {
      await scheduleOn(org, q.id, m.id);
      await reloadAll();
      setStatus(
        <>
          «{q.title}» {t('builder.scheduled')}
        </>,
      );
      setFocusKey(`${q.id}:link`);
    });

  const takeOff = (item: LiveAgendaItem) =>
    run('builder.actionRefused', async () => {
      await unschedule(org, item.itemId);
      await reloadAll();
      setStatus(
        <>
          «{item.title}» {t('builder.unscheduled')}
        </>,
      );
      setFocusKey(`${item.itemId}:queue`);
    });

  const doPublish = () =>
    run('builder.publishRefused', async () => {
      const version = await publish(org, forumKey, meetingKey);
      await reloadAll();
      setStatus(
        <>
          {t('builder.published')} {version.version}.{' '}
          <Link href={paths.meeting(forumKey, version.meetingId)}>{t('builder.openPublished')}</Link>
        </>,
      );
    });

  const memberName = (id: string | null) => (id && forum.members.find((x) => x.personId === id)?.name) || '–';
  const title = `${t('builderTitle')}: ${forum.name}, ${shortDate(m.start)}`;

  return (
    <div className="builder">
      <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
        <ol className="breadcrumbs__list">
          <li className="breadcrumbs__list-item">
            <Link href={paths.home()} className="breadcrumbs__link">
              {t('home')}
            </Link>
          </li>
          <li className="breadcrumbs__list-item">
            <Link href={paths.forum(forumKey)} className="breadcrumbs__link">
              {forum.name}
            </Link>
          </li>
          <li className="breadcrumbs__list-item" aria-current="page">
            {t('builder.breadcrumb')} {shortDate(m.start)}
          </li>
        </ol>
      </nav>
      <PageTitle title={title}>
        {t('builderTitle')}
        <span className="subheading">
          {forum.name} · {date(m.start)}, {time(m.start)}–{time(m.end)}
        </span>
      </PageTitle>

      <div role="status" className="builder-status">
        {status && (
          <div className="alert alert-success">
            <div className="alert-body">
              <p className="alert-text">{status}</p>
            </div>
          </div>
        )}
      </div>
      {problem && (
        <div className="alert alert-error builder-problem" role="alert" tabIndex={-1} ref={problemRef}>
          <div className="alert-body">
            <p className="alert-heading">{t(problem.heading)}</p>
            <ul className="alert-text">
              {problem.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        </div>
      )}

      <section aria-labelledby="builder-meeting">
        <h2 id="builder-meeting">{t('builder.meeting')}</h2>
        <dl className="builder-facts">
          <div>
            <dt>{t('date')}</dt>
            <dd>{date(m.start)}</dd>
          </div>
          <div>
            <dt>{t('time')}</dt>
            <dd>
              {time(m.start)}–{time(m.end)}
            </dd>
          </div>
          <div>
            <dt>{t('place')}</dt>
            <dd>{m.location || t('builder.noPlace')}</dd>
          </div>
          <div>
            <dt>{t('builder.state')}</dt>
            <dd className="builder-state">
              {tx('builder.meetingState', live.state)}
              {live.publishedVersion !== null && (
                <>
                  {' · '}
                  {t('agendaVersion')} {live.publishedVersion}
                </>
              )}
            </dd>
          </div>
          {entry?.leader && (
            <div>
              <dt>{t('leader')}</dt>
              <dd>{entry.leader.name}</dd>
            </div>
          )}
        </dl>
        {entry && DEADLINE_KINDS.some((k) => entry.deadlines[k]) && (
          <>
            <h3>{t('builder.deadlines')}</h3>
            <dl className="builder-facts">
              {DEADLINE_KINDS.map((k) => {
                const d = entry.deadlines[k];
                return d ? (
                  <div key={k}>
                    <dt>{tx('builder.deadline', k)}</dt>
                    <dd>
                      {date(d)}, {time(d)}
                    </dd>
                  </div>
                ) : null;
              })}
            </dl>
          </>
        )}
        {live.publishedVersion !== null && (
          <p>
            <Link href={paths.meeting(forumKey, m.id)}>{t('builder.openPublished')}</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="builder-agenda">
        <h2 id="builder-agenda">{t('builder.agenda')}</h2>
        {items.length === 0 ? (
          <p>{t('builder.emptyAgenda')}</p>
        ) : (
          <div className="table--responsive-scroll">
            <table className="table table--compact builder-agenda">
              <caption className="sr-only">{t('builder.agendaCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('builder.number')}</th>
                  <th scope="col">{t('builder.time')}</th>
                  <th scope="col">{t('builder.item')}</th>
                  <th scope="col">{t('builder.duration')}</th>
                  {open && <th scope="col">{t('builder.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {items.map((item, index) => {
                  const slot = plan.slots[index];
                  const canTakeOff = !item.standing && !published.includes(item.itemId);
                  return (
                    <tr key={item.itemId} data-item={item.itemId}>
                      <td>{index + 1}.</td>
                      <td className="nowrap builder-time">
                        {slot && (
                          <>
                            {time(slot.start)}–{time(slot.end)}
                          </>
                        )}
                      </td>
                      <th scope="row">
                        <span ref={ref(`${item.itemId}:link`)}>
                          <Link href={paths.item(item.itemId)}>{item.title}</Link>
                        </span>
                        <span className="builder-item-meta">
                          {tx('type', item.type)}
                          {item.standing && <> · {t('builder.standing')}</>}
                          {item.closed && (
                            <>
                              {' '}
                              <span className="badge badge-warning">{t('closedItem')}</span>
                            </>
                          )}
                        </span>
                      </th>
                      <td className="nowrap">
                        {item.durationMinutes === null
                          ? t('builder.noDuration')
                          : `${item.durationMinutes} ${t('minutes')}`}
                      </td>
                      {open && (
                        <td>
                          <div className="builder-actions">
                            <button
                              type="button"
                              className="button button-secondary"
                              ref={ref(`${item.itemId}:up`)}
                              disabled={index === 0}
                              onClick={() => void move(index, -1)}
                              aria-label={`${t('builder.moveUp')}: ${item.title}`}
                            >
                              {t('builder.moveUp')}
                            </button>
                            <button
                              type="button"
                              className="button button-secondary"
                              ref={ref(`${item.itemId}:down`)}
                              disabled={index === items.length - 1}
                              onClick={() => void move(index, 1)}
                              aria-label={`${t('builder.moveDown')}: ${item.title}`}
                            >
                              {t('builder.moveDown')}
                            </button>
                            {canTakeOff && (
                              <button
                                type="button"
                                className="button button-tertiary"
                                onClick={() => void takeOff(item)}
                                aria-label={`${t('builder.unschedule')}: ${item.title}`}
                              >
                                {t('builder.unschedule')}
                              </button>
                            )}
                          </div>
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <p className="builder-total">
          {t('builder.planned')} {plan.plannedMinutes} {t('minutes')} {t('builder.of')} {plan.meetingMinutes}{' '}
          {t('minutes')}
        </p>
        {(plan.overMinutes > 0 || plan.unplanned.length > 0) && (
          <div className="alert alert-warning">
            <div className="alert-body">
              {plan.overMinutes > 0 && (
                <p className="alert-text">
                  {t('builder.over')} {plan.overMinutes} {t('builder.overSuffix')}
                </p>
              )}
              {plan.unplanned.length > 0 && (
                <p className="alert-text">
                  {t('builder.unplanned')} {plan.unplanned.join(', ')}.
                </p>
              )}
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="builder-queue">
        <h2 id="builder-queue">{t('builder.queue')}</h2>
        <p>{t('builder.queueIntro')}</p>
        {queue.length === 0 ? (
          <p>{t('builder.queueEmpty')}</p>
        ) : (
          <div className="table--responsive-scroll">
            <table className="table table--compact builder-queue">
              <caption className="sr-only">{t('builder.queueCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('builder.item')}</th>
                  <th scope="col">{t('builder.submitter')}</th>
                  <th scope="col">{t('builder.duration')}</th>
                  <th scope="col">{t('builder.approved')}</th>
                  {open && <th scope="col">{t('builder.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {queue.map((q) => {
                  const at = approved[q.id] ?? null;
                  return (
                    <tr key={q.id}>
                      <th scope="row">
                        <span ref={ref(`${q.id}:queue`)}>
                          <Link href={paths.item(q.id)}>{q.title}</Link>
                        </span>
                        <span className="builder-item-meta">
                          {tx('type', q.type)}
                          {q.late && (
                            <>
                              {' '}
                              <span className="badge badge-warning">{t('builder.late')}</span>
                            </>
                          )}
                        </span>
                      </th>
                      <td>{memberName(q.submitterPersonId)}</td>
                      <td className="nowrap">
                        {q.durationMinutes === null
                          ? t('builder.noDuration')
                          : `${q.durationMinutes} ${t('minutes')}`}
                      </td>
                      <td className="nowrap">{at ? shortDate(at) : '–'}</td>
                      {open && (
                        <td>
                          <button
                            type="button"
                            className="button button-secondary"
                            onClick={() => void schedule(q)}
                            aria-label={`${t('builder.schedule')}: ${q.title}`}
                          >
                            {t('builder.schedule')}
                          </button>
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {open && (
        <section aria-labelledby="builder-publish">
          <h2 id="builder-publish">{t('builder.publishTitle')}</h2>
          <p>
            {live.publishedVersion === null ? t('builder.publishIntro') : t('builder.publishSupplementIntro')}
          </p>
          <button
            type="button"
            className="button button-primary"
            aria-disabled={busy || undefined}
            onClick={() => void doPublish()}
          >
            {live.publishedVersion === null ? t('builder.publish') : t('builder.publishSupplement')}
          </button>
        </section>
      )}
    </div>
  );
}
