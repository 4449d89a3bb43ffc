/**
 * Minute-taking (/fora/:forum/moeder/:meeting/referat): the secretary writes the minutes item by
 * item during the meeting — presence, one outcome per recommendation, decision, "Skal kommunikeres
 * ud", follow-ups — with autosave guarded by the version read (a conflict keeps what was typed),
 * finalises each item, can postpone the rest, and releases the minutes (review, publish).
 */
import '../styles/minute-taking.css';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ApiError } from '../api.ts';
import { ErrorView, Loading, PageTitle } from '../components.tsx';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import {
  finaliseMinutes,
  getDraft,
  type ItemMinutesRecord,
  listRecords,
  loadMinuteTaking,
  type MinutesDraft,
  type MinuteTakingData,
  meetingIdOf,
  messageOf,
  postponeRemaining,
  saveMinutes,
} from '../minute-taking-data.ts';
import {
  buildSavePlan,
  conflictVersion,
  emptyForm,
  fieldForProblem,
  fill,
  formFromMinutes,
  type ItemForm,
  type ItemStatus,
  itemStatus,
  neighbour,
  newFollowUp,
  OUTCOME_KINDS,
  type OutcomeForm,
  outcomeSlots,
  type Pending,
  type Presence,
  presenceOf,
  setPresence,
  shortcut,
  typedText,
} from '../minute-taking-logic.ts';
import { Link, paths } from '../router.tsx';
import type { AgendaItem, CalendarEntry, SessionPerson } from '../types.ts';
import { isNotFound, useLoad } from '../use-api.ts';
import { MinutesRelease } from './minutes-release.tsx';

const DEBOUNCE_MS = 1000;
const P = 'mt';
const fieldId = (field: string) => `${P}-${field}`;

/** Focuses a field by id; a fieldset gives focus to its checked (or first) input. */
export function focusField(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  const target =
    el.tagName === 'FIELDSET'
      ? (el.querySelector<HTMLElement>('input:checked') ??
        el.querySelector<HTMLElement>('input, select, textarea'))
      : el;
  target?.focus();
}

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'loaded' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; version: number | null; mine: string };

interface Problem {
  field: string;
  text: string;
}

interface RecordState {
  version: number | null;
  finalisedAt: string | null;
}

export function MinuteTaking({
  person,
  forum,
  meeting,
}: {
  person: SessionPerson;
  forum: string;
  meeting: string;
}) {
  const { t } = useLocale();
  const org = person.orgSlug;
  const loaded = useLoad(`minute-taking:${forum}:${meeting}`, async () => {
    const data = await loadMinuteTaking(org, forum, meeting);
    const draft = await getDraft(org, forum, data.agenda.content.meeting.id);
    return { data, draft };
  });
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') {
    if (!isNotFound(loaded.error)) return <ErrorView error={loaded.error} retry={loaded.retry} />;
    const noAgenda = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <>
        <PageTitle title={t('minuteTakingTitle')}>{t('minuteTakingTitle')}</PageTitle>
        <p>{t(noAgenda ? 'mt.noAgenda' : 'mt.noAccess')}</p>
        <p>
          <Link href={paths.meeting(forum, meeting)}>{t('mt.toAgenda')}</Link>
        </p>
      </>
    );
  }
  return (
    <MinuteTakingPage org={org} forum={forum} data={loaded.data.data} initialDraft={loaded.data.draft} />
  );
}

const initialIndex = (items: AgendaItem[]): number => {
  const m = /^#punkt-(\d+)$/.exec(window.location.hash);
  const found = m ? items.findIndex((i) => i.number === Number(m[1])) : -1;
  return found === -1 ? 0 : found;
};

/** Items of the published agenda no longer on the meeting (moved on without minutes here). */
const movedItems = (items: AgendaItem[], draft: MinutesDraft): Set<string> => {
  const inMinutes = new Set(draft.content.items.map((i) => i.itemId));
  return new Set(items.filter((i) => !inMinutes.has(i.itemId)).map((i) => i.itemId));
};

function MinuteTakingPage({
  org,
  forum,
  data,
  initialDraft,
}: {
  org: string;
  forum: string;
  data: MinuteTakingData;
  initialDraft: MinutesDraft;
}) {
  const { t, date, time, shortDate } = useLocale();
  const items = data.agenda.content.items;
  const m = data.agenda.content.meeting;
  const meetingId = m.id;
  const members = data.forum.members.filter((x) => x.role === 'chair' || x.role === 'member');

  const [index, setIndex] = useState(() => initialIndex(items));
  const [draft, setDraft] = useState(initialDraft);
  const [moved, setMoved] = useState(() => movedItems(items, initialDraft));
  const byItem = new Map(data.records.map((r) => [r.itemId, r]));
  const formOf = (item: AgendaItem, r?: ItemMinutesRecord): ItemForm =>
    r
      ? formFromMinutes(r.minutes, outcomeSlots(item.recommendations))
      : emptyForm(outcomeSlots(item.recommendations));

  // The forms, versions and last saved content live in refs (the autosave reads them after a
  // delay) and are mirrored in state for rendering.
  const formsRef = useRef<Record<string, ItemForm>>(
    Object.fromEntries(items.map((i) => [i.itemId, formOf(i, byItem.get(i.itemId))])),
  );
  const recordsRef = useRef<Record<string, RecordState>>(
    Object.fromEntries(
      items.map((i) => {
        const r = byItem.get(i.itemId);
        return [i.itemId, { version: r?.version ?? null, finalisedAt: r?.finalisedAt ?? null }];
      }),
    ),
  );
  const savedKeyRef = useRef<Record<string, string>>(
    Object.fromEntries(
      items.map((i) => [i.itemId, buildSavePlan(formsRef.current[i.itemId] as ItemForm, null).key]),
    ),
  );
  const saveRef = useRef<Record<string, SaveState>>({});
  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});
  const inFlight = useRef(new Map<string, Promise<void>>());
  const [forms, setForms] = useState(formsRef.current);
  const [records, setRecords] = useState(recordsRef.current);
  const [saves, setSaves] = useState<Record<string, SaveState>>({});
  const [problems, setProblems] = useState<Record<string, Problem[]>>({});
  const [yourText, setYourText] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);

  const setSave = useCallback((itemId: string, state: SaveState) => {
    saveRef.current = { ...saveRef.current, [itemId]: state };
    setSaves(saveRef.current);
  }, []);
  const setRecord = useCallback((itemId: string, r: RecordState) => {
    recordsRef.current = { ...recordsRef.current, [itemId]: r };
    setRecords(recordsRef.current);
  }, []);
  const setForm = useCallback((itemId: string, form: ItemForm) => {
    formsRef.current = { ...formsRef.current, [itemId]: form };
    setForms(formsRef.current);
  }, []);

  const refreshDraft = useCallback(async () => {
    const next = await getDraft(org, forum, meetingId);
    setDraft(next);
    setMoved(movedItems(items, next));
  }, [org, forum, meetingId, items]);

  /**
   * Saves an item's minutes if they changed since the last save (or, with `force`, if none were
   * ever saved). One save per item at a time; a change during a save is saved after it.
   */
  const flush = useCallback(
    async (itemId: string, force = false): Promise<void> => {
      clearTimeout(timers.current[itemId]);
      const running = inFlight.current.get(itemId);
      if (running) {
        await running;
        return flush(itemId, force);
      }
      const state = saveRef.current[itemId];
      const record = recordsRef.current[itemId];
      const form = formsRef.current[itemId];
      if (!record || !form || record.finalisedAt || state?.kind === 'conflict') return;
      const plan = buildSavePlan(form, record.version);
      if (plan.key === savedKeyRef.current[itemId] && !(force && record.version === null)) return;
      const save = (async () => {
        setSave(itemId, { kind: 'saving' });
        try {
          const saved = await saveMinutes(org, forum, meetingId, itemId, plan.body);
          savedKeyRef.current[itemId] = plan.key;
          setRecord(itemId, { version: saved.version, finalisedAt: saved.finalisedAt });
          setSave(itemId, { kind: 'saved', at: new Date().toISOString() });
        } catch (err) {
          if (
            err instanceof ApiError &&
            err.status === 409 &&
            err.body.details.some((d) => d.path === 'version')
          )
            setSave(itemId, {
              kind: 'conflict',
              version: conflictVersion(err.body.message),
              mine: typedText(formsRef.current[itemId] ?? form),
            });
          else setSave(itemId, { kind: 'error', message: err instanceof Error ? err.message : String(err) });
        }
      })();
      inFlight.current.set(itemId, save);
      try {
        await save;
      } finally {
        inFlight.current.delete(itemId);
      }
      // Typed while saving: save that too.
      const after = formsRef.current[itemId];
      const now = recordsRef.current[itemId];
      if (
        after &&
        now &&
        saveRef.current[itemId]?.kind === 'saved' &&
        buildSavePlan(after, now.version).key !== savedKeyRef.current[itemId]
      )
        await flush(itemId);
    },
    [org, forum, meetingId, setRecord, setSave],
  );

  const update = (itemId: string, change: (f: ItemForm) => ItemForm) => {
    const current = formsRef.current[itemId];
    if (!current) return;
    setForm(itemId, change(current));
    clearTimeout(timers.current[itemId]);
    timers.current[itemId] = setTimeout(() => void flush(itemId), DEBOUNCE_MS);
  };

  const item = items[index] as AgendaItem;
  const itemId = item.itemId;

  const go = useCallback(
    (to: number | null) => {
      if (to === null) return;
      const leaving = items[index];
      if (leaving) void flush(leaving.itemId);
      moveFocus.current = true;
      setIndex(to);
      setNotice(null);
    },
    [flush, index, items],
  );

  useEffect(() => {
    const number = items[index]?.number;
    if (number !== undefined) window.history.replaceState(null, '', `#punkt-${number}`);
    if (moveFocus.current) {
      moveFocus.current = false;
      headingRef.current?.focus();
    }
  }, [index, items]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const dir = shortcut(e);
      if (!dir) return;
      e.preventDefault();
      go(neighbour(index, items.length, dir));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go, index, items.length]);

  // Closing the tab with something unsaved asks first.
  useEffect(() => {
    const onUnload = (e: BeforeUnloadEvent) => {
      const unsaved = Object.entries(formsRef.current).some(([id, f]) => {
        const r = recordsRef.current[id];
        return (
          inFlight.current.has(id) ||
          saveRef.current[id]?.kind === 'conflict' ||
          (r !== undefined && !r.finalisedAt && buildSavePlan(f, r.version).key !== savedKeyRef.current[id])
        );
      });
      if (unsaved) e.preventDefault();
    };
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, []);

  // Leaving the page saves what is waiting.
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const id of Object.keys(pending)) {
        clearTimeout(pending[id]);
        void flush(id);
      }
    };
  }, [flush]);

  const statusOf = (id: string): ItemStatus | 'moved' =>
    moved.has(id) && !records[id]?.finalisedAt
      ? 'moved'
      : itemStatus(records[id]?.version === null ? undefined : records[id]);

  const problemText = (path: string, problem: string): string => {
    const [head, , leaf] = path.split('.');
    const key: MessageKey | null =
      head === 'outcomes'
        ? leaf === 'target'
          ? 'mt.problem.target'
          : leaf === 'targetForumId'
            ? 'mt.problem.forum'
            : leaf === 'reason'
              ? 'mt.problem.reason'
              : 'mt.problem.outcomes'
        : head === 'presence'
          ? 'mt.problem.presence'
          : head === 'decision' || head === 'minutes'
            ? 'mt.problem.decision'
            : head === 'followUps'
              ? leaf === 'ownerPersonId'
                ? 'mt.problem.owner'
                : leaf === 'meetingId' || (leaf === 'due' && problem.includes('meeting'))
                  ? 'mt.problem.dueMeeting'
                  : leaf === 'due'
                    ? 'mt.problem.due'
                    : 'mt.problem.followUp'
              : null;
    return key ? t(key) : problem;
  };

  const pendingText = (p: Pending, form: ItemForm): string => {
    const n =
      p.reason === 'follow_up'
        ? form.followUps.findIndex((f) => `followup-${f.key}` === p.field) + 1
        : Number(p.field.split('-')[1]) + 1;
    return fill(t(`mt.pending.${p.reason}` as MessageKey), { n });
  };

  const [problemsShown, setProblemsShown] = useState(0);
  const showProblems = (list: Problem[]) => {
    setProblems((prev) => ({ ...prev, [itemId]: list }));
    setProblemsShown((n) => n + 1);
  };
  // Once rendered, the summary takes focus, so a screen reader hears it.
  useLayoutEffect(() => {
    if (problemsShown > 0) summaryRef.current?.focus();
  }, [problemsShown]);

  const finalise = async () => {
    setNotice(null);
    await flush(itemId, true);
    if (saveRef.current[itemId]?.kind === 'conflict') return;
    const form = formsRef.current[itemId] as ItemForm;
    const plan = buildSavePlan(form, recordsRef.current[itemId]?.version ?? null);
    if (plan.pending.length > 0) {
      showProblems(plan.pending.map((p) => ({ field: p.field, text: pendingText(p, form) })));
      return;
    }
    setBusy(true);
    try {
      const done = await finaliseMinutes(org, forum, meetingId, itemId);
      setRecord(itemId, { version: done.version, finalisedAt: done.finalisedAt });
      setProblems((prev) => ({ ...prev, [itemId]: [] }));
      setNotice(fill(t('mt.finalised'), { n: item.number }));
      await refreshDraft();
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.body.details.length > 0)
        showProblems(
          err.body.details.map((d) => ({
            field: fieldForProblem(d.path, form, plan),
            text: problemText(d.path, d.problem),
          })),
        );
      else
        showProblems([{ field: 'decision', text: fill(t('mt.actionFailed'), { message: messageOf(err) }) }]);
    } finally {
      setBusy(false);
    }
  };

  const loadTheirs = async () => {
    const state = saveRef.current[itemId];
    const typed = typedText(formsRef.current[itemId] as ItemForm);
    const mine = typed || (state?.kind === 'conflict' ? state.mine : '');
    const all = await listRecords(org, forum, meetingId);
    const theirs = all.find((r) => r.itemId === itemId);
    const form = formOf(item, theirs);
    setForm(itemId, form);
    savedKeyRef.current[itemId] = buildSavePlan(form, null).key;
    setRecord(itemId, { version: theirs?.version ?? null, finalisedAt: theirs?.finalisedAt ?? null });
    setYourText((prev) => ({ ...prev, [itemId]: mine }));
    setSave(itemId, { kind: 'loaded' });
  };

  const keepMine = async () => {
    const all = await listRecords(org, forum, meetingId);
    const theirs = all.find((r) => r.itemId === itemId);
    setRecord(itemId, { version: theirs?.version ?? null, finalisedAt: theirs?.finalisedAt ?? null });
    setSave(itemId, { kind: 'idle' });
    await flush(itemId, true);
  };

  const form = forms[itemId] as ItemForm;
  const record = records[itemId] as RecordState;
  const save = saves[itemId] ?? { kind: 'idle' };
  const itemProblems = problems[itemId] ?? [];
  const finalised = record.finalisedAt !== null;
  const isMoved = statusOf(itemId) === 'moved';
  const readOnly = finalised || isMoved;
  const plan = buildSavePlan(form, record.version);
  const dirty = plan.key !== savedKeyRef.current[itemId];
  const errorsFor = (field: string) => itemProblems.filter((p) => p.field === field).map((p) => p.text);
  const title = `${t('minuteTakingTitle')}: ${m.forumName}, ${shortDate(m.start)}`;

  return (
    <>
      <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
        <ol className="breadcrumbs__list">
          <li className="breadcrumbs__list-item">
            <Link href={paths.home()} className="breadcrumbs__link">
              {t('home')}
            </Link>
          </li>
          <li className="breadcrumbs__list-item">
            <Link href={paths.forum(forum)} className="breadcrumbs__link">
              {m.forumName}
            </Link>
          </li>
          <li className="breadcrumbs__list-item">
            <Link href={paths.meeting(forum, meetingId)} className="breadcrumbs__link">
              {shortDate(m.start)}
            </Link>
          </li>
          <li className="breadcrumbs__list-item" aria-current="page">
            {t('minuteTakingTitle')}
          </li>
        </ol>
      </nav>
      <PageTitle title={title}>
        {t('minuteTakingTitle')}
        <span className="subheading">
          {m.forumName} · {date(m.start)}, {time(m.start)}–{time(m.end)}
        </span>
      </PageTitle>
      <p>{t('mt.intro')}</p>
      <p className="meta" id={`${P}-shortcuts`}>
        {t('mt.shortcuts')}
      </p>

      <div className="mt-layout">
        <nav aria-labelledby={`${P}-items`} className="mt-nav">
          <h2 id={`${P}-items`}>{t('mt.items')}</h2>
          <ol className="nobullet-list mt-nav-list">
            {items.map((i, n) => {
              const status = statusOf(i.itemId);
              return (
                <li key={i.itemId}>
                  <button
                    type="button"
                    className={`mt-nav-item${n === index ? ' mt-nav-current' : ''}`}
                    aria-current={n === index ? 'step' : undefined}
                    onClick={() => go(n)}
                  >
                    <span className="mt-nav-title">
                      {i.number}. {i.title}
                    </span>
                    <span className={`badge ${BADGE[status]}`}>{t(`mt.status.${status}` as MessageKey)}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>

        <section className="mt-item" aria-labelledby={`${P}-item-heading`}>
          <p className="meta">{fill(t('mt.itemOf'), { n: index + 1, count: items.length })}</p>
          <h2 id={`${P}-item-heading`} ref={headingRef} tabIndex={-1}>
            {item.number}. {item.title}
          </h2>
          <div role="status" className="mt-save-status">
            {save.kind === 'saving' && <p className="meta">{t('mt.saving')}</p>}
            {save.kind === 'saved' && !dirty && (
              <p className="meta">{fill(t('mt.savedAt'), { time: time(save.at) })}</p>
            )}
            {save.kind === 'loaded' && <p className="meta">{t('mt.loadedTheirs')}</p>}
            {(save.kind === 'idle' || save.kind === 'saved' || save.kind === 'loaded') &&
              dirty &&
              !readOnly && <p className="meta">{t('mt.unsaved')}</p>}
            {save.kind === 'idle' && !dirty && record.version === null && !readOnly && (
              <p className="meta">{t('mt.notStarted')}</p>
            )}
            {notice && (
              <div className="alert alert-success">
                <div className="alert-body">
                  <p className="alert-text">{notice}</p>
                </div>
              </div>
            )}
          </div>
          {save.kind === 'error' && (
            <div className="alert alert-error" role="alert">
              <div className="alert-body">
                <p className="alert-text">{fill(t('mt.saveFailed'), { message: save.message })}</p>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => void flush(itemId, true)}
                >
                  {t('mt.saveRetry')}
                </button>
              </div>
            </div>
          )}
          {save.kind === 'conflict' && (
            <div className="alert alert-warning mt-conflict" role="alert">
              <div className="alert-body">
                <p className="alert-heading">{t('mt.conflictTitle')}</p>
                <p className="alert-text">{fill(t('mt.conflictText'), { version: save.version ?? '?' })}</p>
                <div className="form-group">
                  <label className="form-label" htmlFor={`${P}-your-text`}>
                    {t('mt.yourText')}
                  </label>
                  <textarea
                    id={`${P}-your-text`}
                    className="form-input"
                    rows={4}
                    readOnly
                    value={typedText(form) || save.mine}
                  />
                </div>
                <div className="mt-buttons">
                  <button type="button" className="button button-primary" onClick={() => void loadTheirs()}>
                    {t('mt.loadTheirs')}
                  </button>
                  <button type="button" className="button button-secondary" onClick={() => void keepMine()}>
                    {t('mt.keepMine')}
                  </button>
                </div>
              </div>
            </div>
          )}
          {yourText[itemId] && save.kind !== 'conflict' && (
            <div className="alert alert-info">
              <div className="alert-body">
                <div className="form-group">
                  <label className="form-label" htmlFor={`${P}-kept-text`}>
                    {t('mt.yourTextKept')}
                  </label>
                  <textarea
                    id={`${P}-kept-text`}
                    className="form-input"
                    rows={4}
                    readOnly
                    value={yourText[itemId]}
                  />
                </div>
                <button
                  type="button"
                  className="button button-tertiary"
                  onClick={() => setYourText((prev) => ({ ...prev, [itemId]: '' }))}
                >
                  {t('mt.closeYourText')}
                </button>
              </div>
            </div>
          )}
          {itemProblems.length > 0 && (
            <div className="alert alert-error" role="alert" tabIndex={-1} ref={summaryRef}>
              <div className="alert-body">
                <p className="alert-heading">{t('mt.problemsTitle')}</p>
                <ul className="alert-text">
                  {itemProblems.map((p) => (
                    <li key={`${p.field}:${p.text}`}>
                      <a
                        href={`#${fieldId(p.field)}`}
                        onClick={(e) => {
                          e.preventDefault();
                          focusField(fieldId(p.field));
                        }}
                      >
                        {p.text}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          )}
          {finalised && <p className="alert-text mt-finalised-note">{t('mt.finalisedNote')}</p>}

          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void finalise();
            }}
            onBlur={() => void flush(itemId)}
          >
            <fieldset disabled={readOnly} className="mt-fields">
              <legend className="sr-only">
                {item.number}. {item.title}
              </legend>
              <PresenceFields
                members={members}
                form={form}
                itemId={itemId}
                errors={errorsFor('presence')}
                onChange={(personId, presence) => update(itemId, (f) => setPresence(f, personId, presence))}
              />
              {form.outcomes.map((o, i) => (
                <OutcomeFields
                  // biome-ignore lint/suspicious/noArrayIndexKey: outcomes are positional (one per recommendation).
                  key={i}
                  index={i}
                  itemId={itemId}
                  recommendation={item.recommendations[i] ?? null}
                  outcome={o}
                  data={data}
                  org={org}
                  forum={forum}
                  errorsFor={errorsFor}
                  onChange={(patch) =>
                    update(itemId, (f) => ({
                      ...f,
                      outcomes: f.outcomes.map((x, n) => (n === i ? { ...x, ...patch } : x)),
                    }))
                  }
                />
              ))}
              <TextArea
                id={fieldId('decision')}
                label={t('mt.decision')}
                hint={t('mt.decisionHint')}
                rows={6}
                value={form.decision}
                errors={errorsFor('decision')}
                onChange={(decision) => update(itemId, (f) => ({ ...f, decision }))}
              />
              <div className="form-group">
                <div className="form-group-checkbox">
                  <input
                    type="checkbox"
                    className="form-checkbox"
                    id={fieldId('communicate')}
                    checked={form.communicate}
                    onChange={(e) => {
                      const include = e.target.checked;
                      update(itemId, (f) => ({ ...f, communicate: include }));
                    }}
                  />
                  <label className="form-label" htmlFor={fieldId('communicate')}>
                    {t('mt.communicate')}
                  </label>
                </div>
              </div>
              {form.communicate && (
                <TextArea
                  id={fieldId('communicate-text')}
                  label={t('mt.communicateText')}
                  hint={t('mt.communicateHint')}
                  rows={3}
                  value={form.communicateText}
                  errors={[]}
                  onChange={(communicateText) => update(itemId, (f) => ({ ...f, communicateText }))}
                />
              )}
              <FollowUpFields
                form={form}
                people={data.people}
                later={data.later}
                org={org}
                forum={forum}
                errorsFor={errorsFor}
                onChange={(followUps) => update(itemId, (f) => ({ ...f, followUps }))}
              />
            </fieldset>
            {!readOnly && plan.pending.length > 0 && (
              <div className="mt-pending">
                <p className="meta">{t('mt.pendingTitle')}</p>
                <ul className="meta">
                  {plan.pending.map((p) => (
                    <li key={p.field}>{pendingText(p, form)}</li>
                  ))}
                </ul>
              </div>
            )}
            <div className="mt-buttons">
              <button
                type="button"
                className="button button-secondary"
                disabled={index === 0}
                onClick={() => go(neighbour(index, items.length, 'previous'))}
                aria-keyshortcuts="Alt+PageUp"
              >
                {t('mt.previous')}
              </button>
              {!readOnly && (
                <button type="submit" className="button button-primary" disabled={busy}>
                  {busy ? t('mt.finalising') : t('mt.finalise')}
                </button>
              )}
              <button
                type="button"
                className="button button-secondary"
                disabled={index === items.length - 1}
                onClick={() => go(neighbour(index, items.length, 'next'))}
                aria-keyshortcuts="Alt+PageDown"
              >
                {t('mt.next')}
              </button>
            </div>
          </form>
        </section>
      </div>

      <PostponeRemaining
        org={org}
        forum={forum}
        meetingId={meetingId}
        later={data.later}
        draft={draft}
        onDone={async () => {
          await refreshDraft();
        }}
      />
      <MinutesRelease org={org} forum={forum} meetingId={meetingId} draft={draft} onChanged={refreshDraft} />
    </>
  );
}

const BADGE: Record<ItemStatus | 'moved', string> = {
  not_started: 'badge-info',
  draft: 'badge-warning',
  finalised: 'badge-success',
  moved: 'badge-info',
};

function ErrorMessages({ id, errors }: { id: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <span className="form-error-message" id={`${id}-error`}>
      {errors.join(' ')}
    </span>
  );
}

function TextArea({
  id,
  label,
  hint,
  rows,
  value,
  errors,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  rows: number;
  value: string;
  errors: string[];
  onChange: (value: string) => void;
}) {
  const described = [hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`form-group${errors.length > 0 ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <ErrorMessages id={id} errors={errors} />
      <textarea
        id={id}
        className="form-input"
        rows={rows}
        value={value}
        aria-describedby={described || undefined}
        aria-invalid={errors.length > 0 || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

function PresenceFields({
  members,
  form,
  itemId,
  errors,
  onChange,
}: {
  members: MinuteTakingData['forum']['members'];
  form: ItemForm;
  itemId: string;
  errors: string[];
  onChange: (personId: string, presence: Presence) => void;
}) {
  const { t } = useLocale();
  const id = fieldId('presence');
  return (
    <fieldset
      id={id}
      className={`mt-group${errors.length > 0 ? ' form-error' : ''}`}
      aria-describedby={`${id}-hint${errors.length > 0 ? ` ${id}-error` : ''}`}
    >
      <legend className="form-label mt-legend">{t('mt.presence')}</legend>
      <span className="form-hint" id={`${id}-hint`}>
        {t('mt.presenceHint')}
      </span>
      <ErrorMessages id={id} errors={errors} />
      <ul className="nobullet-list mt-presence">
        {members.map((member) => {
          const current = presenceOf(form, member.personId);
          const name = `${itemId}-presence-${member.personId}`;
          return (
            <li key={member.personId}>
              <fieldset className="mt-presence-person">
                <legend className="mt-person-name">
                  {member.name}
                  <span className="meta">, {member.title}</span>
                </legend>
                <div className="mt-inline-radios">
                  {(['present', 'absent', 'conflict'] as const).map((p) => (
                    <div className="form-group-radio" key={p}>
                      <input
                        type="radio"
                        className="form-radio"
                        id={`${name}-${p}`}
                        name={name}
                        value={p}
                        checked={current === p}
                        onChange={() => onChange(member.personId, p)}
                      />
                      <label className="form-label" htmlFor={`${name}-${p}`}>
                        {t(`mt.presence.${p}` as MessageKey)}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function OutcomeFields({
  index,
  itemId,
  recommendation,
  outcome,
  data,
  org,
  forum,
  errorsFor,
  onChange,
}: {
  index: number;
  itemId: string;
  recommendation: string | null;
  outcome: OutcomeForm;
  data: MinuteTakingData;
  org: string;
  forum: string;
  errorsFor: (field: string) => string[];
  onChange: (patch: Partial<OutcomeForm>) => void;
}) {
  const { t } = useLocale();
  const id = fieldId(`outcome-${index}`);
  const errors = errorsFor(`outcome-${index}`);
  const name = `${itemId}-outcome-${index}`;
  const n = index + 1;
  return (
    <fieldset
      id={id}
      className={`mt-group${errors.length > 0 ? ' form-error' : ''}`}
      aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
    >
      <legend className="form-label mt-legend">
        {recommendation === null ? t('mt.outcomeOverall') : fill(t('mt.outcomeFor'), { n })}
        {recommendation !== null && <span className="mt-recommendation">{recommendation}</span>}
      </legend>
      <ErrorMessages id={id} errors={errors} />
      <div className="mt-radios">
        {OUTCOME_KINDS.map((kind) => (
          <div className="form-group-radio" key={kind}>
            <input
              type="radio"
              className="form-radio"
              id={`${name}-${kind}`}
              name={name}
              value={kind}
              checked={outcome.kind === kind}
              onChange={() => onChange({ kind })}
            />
            <label className="form-label" htmlFor={`${name}-${kind}`}>
              {t(`mt.outcome.${kind}` as MessageKey)}
            </label>
          </div>
        ))}
      </div>
      {outcome.kind === 'postponed' && (
        <MeetingSelect
          id={fieldId(`outcome-${index}-target`)}
          label={t('mt.postponeTo')}
          value={outcome.postponeTo}
          later={data.later}
          org={org}
          forum={forum}
          queue
          errors={errorsFor(`outcome-${index}-target`)}
          onChange={(postponeTo) => onChange({ postponeTo })}
        />
      )}
      {outcome.kind === 'referred' && (
        <>
          <div className={`form-group${errorsFor(`outcome-${index}-forum`).length > 0 ? ' form-error' : ''}`}>
            <label className="form-label" htmlFor={fieldId(`outcome-${index}-forum`)}>
              {t('mt.referTo')}
            </label>
            <ErrorMessages
              id={fieldId(`outcome-${index}-forum`)}
              errors={errorsFor(`outcome-${index}-forum`)}
            />
            <select
              id={fieldId(`outcome-${index}-forum`)}
              className="form-select"
              value={outcome.targetForumId}
              onChange={(e) => onChange({ targetForumId: e.target.value })}
            >
              <option value="">{t('mt.choose')}</option>
              {data.forums.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          </div>
          <TextArea
            id={fieldId(`outcome-${index}-reason`)}
            label={t('mt.referReason')}
            rows={2}
            value={outcome.reason}
            errors={errorsFor(`outcome-${index}-reason`)}
            onChange={(reason) => onChange({ reason })}
          />
        </>
      )}
      {outcome.kind !== null && (
        <div className="form-group">
          <label className="form-label" htmlFor={fieldId(`outcome-${index}-note`)}>
            {fill(t('mt.outcomeNote'), { n })}
          </label>
          <input
            id={fieldId(`outcome-${index}-note`)}
            className="form-input"
            value={outcome.note}
            onChange={(e) => onChange({ note: e.target.value })}
          />
        </div>
      )}
    </fieldset>
  );
}

function FollowUpFields({
  form,
  people,
  later,
  org,
  forum,
  errorsFor,
  onChange,
}: {
  form: ItemForm;
  people: MinuteTakingData['people'];
  later: CalendarEntry[];
  org: string;
  forum: string;
  errorsFor: (field: string) => string[];
  onChange: (followUps: ItemForm['followUps']) => void;
}) {
  const { t } = useLocale();
  const patch = (key: string, change: Partial<ItemForm['followUps'][number]>) =>
    onChange(form.followUps.map((f) => (f.key === key ? { ...f, ...change } : f)));
  const addRef = useRef(false);
  useEffect(() => {
    if (!addRef.current) return;
    addRef.current = false;
    const last = form.followUps[form.followUps.length - 1];
    if (last) document.getElementById(fieldId(`followup-${last.key}-title`))?.focus();
  }, [form.followUps]);
  return (
    <fieldset id={fieldId('followups')} className="mt-group">
      <legend className="form-label mt-legend">{t('mt.followUps')}</legend>
      {form.followUps.length === 0 && <p className="meta">{t('mt.followUpsNone')}</p>}
      {form.followUps.map((f, i) => {
        const base = `followup-${f.key}`;
        const n = i + 1;
        const groupErrors = errorsFor(base);
        return (
          <fieldset
            key={f.key}
            id={fieldId(base)}
            className={`mt-followup${groupErrors.length > 0 ? ' form-error' : ''}`}
          >
            <legend className="mt-followup-legend">{fill(t('mt.followUpN'), { n })}</legend>
            <ErrorMessages id={fieldId(base)} errors={groupErrors} />
            <div className={`form-group${errorsFor(`${base}-title`).length > 0 ? ' form-error' : ''}`}>
              <label className="form-label" htmlFor={fieldId(`${base}-title`)}>
                {t('mt.followUpTitle')}
              </label>
              <ErrorMessages id={fieldId(`${base}-title`)} errors={errorsFor(`${base}-title`)} />
              <input
                id={fieldId(`${base}-title`)}
                className="form-input"
                value={f.title}
                onChange={(e) => patch(f.key, { title: e.target.value })}
              />
            </div>
            <div className="mt-followup-row">
              <div className={`form-group${errorsFor(`${base}-owner`).length > 0 ? ' form-error' : ''}`}>
                <label className="form-label" htmlFor={fieldId(`${base}-owner`)}>
                  {t('mt.followUpOwner')}
                </label>
                <ErrorMessages id={fieldId(`${base}-owner`)} errors={errorsFor(`${base}-owner`)} />
                <select
                  id={fieldId(`${base}-owner`)}
                  className="form-select"
                  value={f.ownerPersonId}
                  onChange={(e) => patch(f.key, { ownerPersonId: e.target.value })}
                >
                  <option value="">{t('mt.choose')}</option>
                  {people.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                      {p.title ? `, ${p.title}` : ''}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <fieldset className="mt-followup-when">
              <legend className="form-label">{t('mt.followUpWhen')}</legend>
              <div className="mt-inline-radios">
                {(['date', 'meeting'] as const).map((kind) => (
                  <div className="form-group-radio" key={kind}>
                    <input
                      type="radio"
                      className="form-radio"
                      id={fieldId(`${base}-when-${kind}`)}
                      name={fieldId(`${base}-when`)}
                      value={kind}
                      checked={f.dueKind === kind}
                      onChange={() => patch(f.key, { dueKind: kind })}
                    />
                    <label className="form-label" htmlFor={fieldId(`${base}-when-${kind}`)}>
                      {t(kind === 'date' ? 'mt.followUpByDate' : 'mt.followUpAtMeeting')}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
            {f.dueKind === 'date' ? (
              <div className={`form-group${errorsFor(`${base}-due`).length > 0 ? ' form-error' : ''}`}>
                <label className="form-label" htmlFor={fieldId(`${base}-due`)}>
                  {t('mt.followUpDue')}
                </label>
                <ErrorMessages id={fieldId(`${base}-due`)} errors={errorsFor(`${base}-due`)} />
                <input
                  id={fieldId(`${base}-due`)}
                  type="date"
                  className="form-input"
                  value={f.dueDate}
                  onChange={(e) => patch(f.key, { dueDate: e.target.value })}
                />
              </div>
            ) : (
              <MeetingSelect
                id={fieldId(`${base}-meeting`)}
                label={t('mt.followUpMeeting')}
                value={f.dueMeetingId}
                later={later}
                org={org}
                forum={forum}
                errors={errorsFor(`${base}-meeting`)}
                onChange={(dueMeetingId) => patch(f.key, { dueMeetingId })}
              />
            )}
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => onChange(form.followUps.filter((x) => x.key !== f.key))}
            >
              {fill(t('mt.removeFollowUp'), { n })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          addRef.current = true;
          onChange([...form.followUps, newFollowUp()]);
        }}
      >
        {t('mt.addFollowUp')}
      </button>
    </fieldset>
  );
}

function PostponeRemaining({
  org,
  forum,
  meetingId,
  later,
  draft,
  onDone,
}: {
  org: string;
  forum: string;
  meetingId: string;
  later: CalendarEntry[];
  draft: MinutesDraft;
  onDone: () => Promise<void>;
}) {
  const { t, shortDate, time } = useLocale();
  const [target, setTarget] = useState('queue');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const open = ['agenda_published', 'held', 'minutes_in_review'].includes(draft.state);
  if (!open) return null;
  const run = async () => {
    setBusy(true);
    setResult(null);
    try {
      let to: { kind: 'queue' } | { kind: 'meeting'; meetingId: string } = { kind: 'queue' };
      if (target !== 'queue') {
        const entry = later.find((c) => c.start === target);
        if (entry) to = { kind: 'meeting', meetingId: await meetingIdOf(org, forum, entry) };
      }
      const done = await postponeRemaining(org, forum, meetingId, to);
      setResult({
        ok: true,
        text: fill(t('mt.postponeRemainingDone'), { n: done.moved.length + done.standing.length }),
      });
      await onDone();
    } catch (err) {
      setResult({ ok: false, text: fill(t('mt.actionFailed'), { message: messageOf(err) }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={`${P}-postpone`} className="mt-panel">
      <h2 id={`${P}-postpone`}>{t('mt.postponeRemaining')}</h2>
      <p>{t('mt.postponeRemainingText')}</p>
      <div className="form-group">
        <label className="form-label" htmlFor={`${P}-postpone-target`}>
          {t('mt.postponeRemainingTarget')}
        </label>
        <select
          id={`${P}-postpone-target`}
          className="form-select"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
        >
          <option value="queue">{t('mt.queue')}</option>
          {later.map((c) => (
            <option key={c.start} value={c.start}>
              {shortDate(c.start)}, {time(c.start)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button button-secondary" disabled={busy} onClick={() => void run()}>
        {t('mt.postponeRemaining')}
      </button>
      <div role="status">
        {result?.ok && (
          <div className="alert alert-success">
            <div className="alert-body">
              <p className="alert-text">{result.text}</p>
            </div>
          </div>
        )}
      </div>
      {result && !result.ok && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">{result.text}</p>
          </div>
        </div>
      )}
    </section>
  );
}

/**
 * A choice among the forum's coming meetings (and, with `queue`, the queue). A series date not
 * stored yet is stored on choosing it, so the value is always a stored meeting's id.
 */
function MeetingSelect({
  id,
  label,
  value,
  later,
  org,
  forum,
  queue = false,
  errors,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  later: CalendarEntry[];
  org: string;
  forum: string;
  queue?: boolean;
  errors: string[];
  onChange: (value: string) => void;
}) {
  const { t, shortDate, time } = useLocale();
  const [resolving, setResolving] = useState(false);
  const choose = async (chosen: string) => {
    if (!chosen.startsWith('date:')) {
      onChange(chosen);
      return;
    }
    const entry = later.find((c) => `date:${c.occurrenceDate ?? c.start.slice(0, 10)}` === chosen);
    if (!entry) return;
    setResolving(true);
    try {
      onChange(await meetingIdOf(org, forum, entry));
    } finally {
      setResolving(false);
    }
  };
  const optionValue = (c: CalendarEntry) => c.meetingId ?? `date:${c.occurrenceDate ?? c.start.slice(0, 10)}`;
  return (
    <div className={`form-group${errors.length > 0 ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <ErrorMessages id={id} errors={errors} />
      <select
        id={id}
        className="form-select"
        value={value}
        disabled={resolving}
        aria-invalid={errors.length > 0 || undefined}
        onChange={(e) => void choose(e.target.value)}
      >
        <option value="">{t('mt.choose')}</option>
        {later.map((c) => (
          <option key={c.start} value={optionValue(c)}>
            {shortDate(c.start)}, {time(c.start)}
          </option>
        ))}
        {queue && <option value="queue">{t('mt.queue')}</option>}
      </select>
    </div>
  );
}
