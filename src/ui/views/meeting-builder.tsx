/**
 * The secretary's meeting builder: the meeting (builder-meeting.tsx), the agenda with its time plan
 * (builder-agenda.tsx), the queue (builder-queue.tsx), publication (builder-publish.tsx). This file
 * loads the page and runs the changes, one at a time, showing the server's refusals.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api.ts';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import {
  type BuilderData,
  buildable,
  type LiveAgendaItem,
  loadBuilder,
  publish,
  putOrder,
  type QueuedItem,
  scheduleOn,
  unschedule,
} from '../builder-data.ts';
import { computePlan, inOrder, moveItem } from '../builder-plan.ts';
import { ErrorView, Loading, PageTitle } from '../components.tsx';
import { ErrorSummary } from '../form-errors.tsx';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import { StatusMessage } from '../status-message.tsx';
import type { SessionPerson } from '../types.ts';
import { isNotFound, useLoad } from '../use-api.ts';
import { BuilderAgenda } from './builder-agenda.tsx';
import { BuilderMeeting } from './builder-meeting.tsx';
import { BuilderPublish } from './builder-publish.tsx';
import { BuilderQueue } from './builder-queue.tsx';
import '../styles/builder.css';

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
  const loaded = useLoad(`builder:${forum}:${meeting}`, () => loadBuilder(org, forum, meeting));
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
  initial: BuilderData;
}) {
  const { t, date, time, shortDate } = useLocale();
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
        setData(await loadBuilder(org, forumKey, meetingKey));
      } catch {
        // The refusal is already shown; the page keeps what it had.
      }
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  const reloadAll = async () => setData(await loadBuilder(org, forumKey, meetingKey));

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

  const title = `${t('builderTitle')}: ${forum.name}, ${shortDate(m.start)}`;

  return (
    <div className="builder">
      <Breadcrumbs forum={{ key: forumKey, name: forum.name }}>
        {t('builder.breadcrumb')} {shortDate(m.start)}
      </Breadcrumbs>
      <PageTitle title={title}>
        {t('builderTitle')}
        <span className="subheading">
          {forum.name} · {date(m.start)}, {time(m.start)}–{time(m.end)}
        </span>
      </PageTitle>

      <StatusMessage className="builder-status">{status}</StatusMessage>
      {problem && (
        <ErrorSummary heading={t(problem.heading)} className="builder-problem" ref={problemRef}>
          {problem.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ErrorSummary>
      )}

      <BuilderMeeting forumKey={forumKey} live={live} entry={entry} />
      <BuilderAgenda
        items={items}
        plan={plan}
        published={published}
        open={open}
        refFor={ref}
        onMove={move}
        onTakeOff={takeOff}
      />
      <BuilderQueue
        queue={queue}
        approved={approved}
        members={forum.members}
        open={open}
        refFor={ref}
        onSchedule={schedule}
      />
      {open && <BuilderPublish publishedVersion={live.publishedVersion} busy={busy} onPublish={doPublish} />}
    </div>
  );
}
