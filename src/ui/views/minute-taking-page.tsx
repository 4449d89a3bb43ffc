/**
 * The minute-taking page of one meeting (see minute-taking.tsx): the item shown, its save status,
 * the problems found on finalising, and the panels for postponing the rest and releasing the minutes.
 */
import '../styles/minute-taking.css';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ApiError } from '../api.ts';
import { ErrorSummary } from '../field-errors.tsx';
import { useLocale } from '../locale.tsx';
import { type RecordState, useMinutesAutosave } from '../minute-taking-autosave.ts';
import {
  finaliseMinutes,
  getDraft,
  type ItemMinutesRecord,
  type MinutesDraft,
  type MinuteTakingData,
  messageOf,
} from '../minute-taking-data.ts';
import {
  buildSavePlan,
  emptyForm,
  fieldForProblem,
  fill,
  formFromMinutes,
  type ItemForm,
  itemStatus,
  neighbour,
  outcomeSlots,
  shortcut,
} from '../minute-taking-logic.ts';
import { pendingText, problemText } from '../minute-taking-problems.ts';
import type { AgendaItem } from '../types.ts';
import { fieldId, P } from './minute-taking-fields.tsx';
import { ItemFields } from './minute-taking-item-form.tsx';
import { ItemButtons, ItemNav, MinuteTakingHeader, type NavStatus } from './minute-taking-nav.tsx';
import { PostponeRemaining } from './minute-taking-postpone.tsx';
import { ConflictAlert, KeptText, PendingList, SaveFailed, SaveStatus } from './minute-taking-status.tsx';
import { MinutesRelease } from './minutes-release.tsx';

interface Problem {
  field: string;
  text: string;
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

export function MinuteTakingPage({
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
  const { t } = useLocale();
  const items = data.agenda.content.items;
  const m = data.agenda.content.meeting;
  const meetingId = m.id;
  const members = data.forum.members.filter((x) => x.role === 'chair' || x.role === 'member');

  const [index, setIndex] = useState(() => initialIndex(items));
  const [draft, setDraft] = useState(initialDraft);
  const [moved, setMoved] = useState(() => movedItems(items, initialDraft));
  const formOf = (id: string, r?: ItemMinutesRecord): ItemForm => {
    const slots = outcomeSlots(items.find((i) => i.itemId === id)?.recommendations ?? []);
    return r ? formFromMinutes(r.minutes, slots) : emptyForm(slots);
  };
  const autosave = useMinutesAutosave({
    org,
    forum,
    meetingId,
    itemIds: items.map((i) => i.itemId),
    records: data.records,
    formOf,
  });
  const { forms, records, saves, formsRef, recordsRef, saveRef, setRecord, flush } = autosave;
  const [problems, setProblems] = useState<Record<string, Problem[]>>({});
  const [yourText, setYourText] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);

  const refreshDraft = useCallback(async () => {
    const next = await getDraft(org, forum, meetingId);
    setDraft(next);
    setMoved(movedItems(items, next));
  }, [org, forum, meetingId, items]);

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

  const statusOf = (id: string): NavStatus =>
    moved.has(id) && !records[id]?.finalisedAt
      ? 'moved'
      : itemStatus(records[id]?.version === null ? undefined : records[id]);

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
      showProblems(plan.pending.map((p) => ({ field: p.field, text: pendingText(t, p, form) })));
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
            text: problemText(t, d.path, d.problem),
          })),
        );
      else
        showProblems([{ field: 'decision', text: fill(t('mt.actionFailed'), { message: messageOf(err) }) }]);
    } finally {
      setBusy(false);
    }
  };

  const loadTheirs = async () => {
    const mine = await autosave.loadTheirs(itemId);
    setYourText((prev) => ({ ...prev, [itemId]: mine }));
  };

  const form = forms[itemId] as ItemForm;
  const record = records[itemId] as RecordState;
  const save = saves[itemId] ?? { kind: 'idle' };
  const itemProblems = problems[itemId] ?? [];
  const finalised = record.finalisedAt !== null;
  const isMoved = statusOf(itemId) === 'moved';
  const readOnly = finalised || isMoved;
  const plan = buildSavePlan(form, record.version);
  const dirty = autosave.isDirty(itemId);
  const errorsFor = (field: string) => itemProblems.filter((p) => p.field === field).map((p) => p.text);

  return (
    <>
      <MinuteTakingHeader forum={forum} meeting={m} />

      <div className="mt-layout">
        <ItemNav items={items} index={index} statusOf={statusOf} onGo={go} />

        <section className="mt-item" aria-labelledby={`${P}-item-heading`}>
          <p className="meta">{fill(t('mt.itemOf'), { n: index + 1, count: items.length })}</p>
          <h2 id={`${P}-item-heading`} ref={headingRef} tabIndex={-1}>
            {item.number}. {item.title}
          </h2>
          <SaveStatus
            save={save}
            dirty={dirty}
            readOnly={readOnly}
            notStarted={record.version === null}
            notice={notice}
          />
          {save.kind === 'error' && (
            <SaveFailed message={save.message} onRetry={() => void flush(itemId, true)} />
          )}
          {save.kind === 'conflict' && (
            <ConflictAlert
              save={save}
              form={form}
              onLoadTheirs={() => void loadTheirs()}
              onKeepMine={() => void autosave.keepMine(itemId)}
            />
          )}
          {yourText[itemId] && save.kind !== 'conflict' && (
            <KeptText
              text={yourText[itemId]}
              onClose={() => setYourText((prev) => ({ ...prev, [itemId]: '' }))}
            />
          )}
          <ErrorSummary
            heading={t('mt.problemsTitle')}
            entries={itemProblems.map((p) => ({
              key: `${p.field}:${p.text}`,
              text: p.text,
              target: fieldId(p.field),
            }))}
            summaryRef={summaryRef}
          />
          {finalised && <p className="alert-text mt-finalised-note">{t('mt.finalisedNote')}</p>}

          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void finalise();
            }}
            onBlur={() => void flush(itemId)}
          >
            <ItemFields
              item={item}
              form={form}
              members={members}
              data={data}
              org={org}
              forum={forum}
              readOnly={readOnly}
              errorsFor={errorsFor}
              update={(change) => autosave.update(itemId, change)}
            />
            {!readOnly && <PendingList texts={plan.pending.map((p) => [p.field, pendingText(t, p, form)])} />}
            <ItemButtons
              index={index}
              count={items.length}
              canFinalise={!readOnly}
              busy={busy}
              onGo={(dir) => go(neighbour(index, items.length, dir))}
            />
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
