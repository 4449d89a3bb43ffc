/**
 * Minute-taking's autosave: each item's form, record version and save state; a change is saved
 * a second after the last keystroke (and on leaving the item or the page), one save per item at a
 * time, guarded by the version read (a conflict keeps what was typed). Closing the tab with
 * something unsaved asks first.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api.ts';
import { type ItemMinutesRecord, listRecords, saveMinutes } from './minute-taking-data.ts';
import { buildSavePlan, conflictVersion, type ItemForm, typedText } from './minute-taking-logic.ts';

const DEBOUNCE_MS = 1000;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'loaded' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; version: number | null; mine: string };

export interface RecordState {
  version: number | null;
  finalisedAt: string | null;
}

const recordOf = (r: ItemMinutesRecord | undefined): RecordState => ({
  version: r?.version ?? null,
  finalisedAt: r?.finalisedAt ?? null,
});

export function useMinutesAutosave({
  org,
  forum,
  meetingId,
  itemIds,
  records: initialRecords,
  formOf,
}: {
  org: string;
  forum: string;
  meetingId: string;
  itemIds: string[];
  records: ItemMinutesRecord[];
  /** The form of an item from its saved minutes (or an empty one). */
  formOf: (itemId: string, record: ItemMinutesRecord | undefined) => ItemForm;
}) {
  // The forms, versions and last saved content live in refs (the autosave reads them after a
  // delay) and are mirrored in state for rendering.
  const formsRef = useRef<Record<string, ItemForm>>({});
  const recordsRef = useRef<Record<string, RecordState>>({});
  const savedKeyRef = useRef<Record<string, string>>({});
  if (Object.keys(formsRef.current).length === 0 && itemIds.length > 0) {
    const byItem = new Map(initialRecords.map((r) => [r.itemId, r]));
    for (const id of itemIds) {
      const form = formOf(id, byItem.get(id));
      formsRef.current[id] = form;
      recordsRef.current[id] = recordOf(byItem.get(id));
      savedKeyRef.current[id] = buildSavePlan(form, null).key;
    }
  }
  const saveRef = useRef<Record<string, SaveState>>({});
  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});
  const inFlight = useRef(new Map<string, Promise<void>>());
  const [forms, setForms] = useState(formsRef.current);
  const [records, setRecords] = useState(recordsRef.current);
  const [saves, setSaves] = useState<Record<string, SaveState>>({});

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

  /** Changes an item's form and saves it after the debounce. */
  const update = (itemId: string, change: (f: ItemForm) => ItemForm) => {
    const current = formsRef.current[itemId];
    if (!current) return;
    setForm(itemId, change(current));
    clearTimeout(timers.current[itemId]);
    timers.current[itemId] = setTimeout(() => void flush(itemId), DEBOUNCE_MS);
  };

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

  /** After a conflict: the stored minutes replace the form; returns what was typed, to keep. */
  const loadTheirs = async (itemId: string): Promise<string> => {
    const state = saveRef.current[itemId];
    const typed = typedText(formsRef.current[itemId] as ItemForm);
    const mine = typed || (state?.kind === 'conflict' ? state.mine : '');
    const theirs = (await listRecords(org, forum, meetingId)).find((r) => r.itemId === itemId);
    const form = formOf(itemId, theirs);
    setForm(itemId, form);
    savedKeyRef.current[itemId] = buildSavePlan(form, null).key;
    setRecord(itemId, recordOf(theirs));
    setSave(itemId, { kind: 'loaded' });
    return mine;
  };

  /** After a conflict: the form is saved over the stored version. */
  const keepMine = async (itemId: string) => {
    const theirs = (await listRecords(org, forum, meetingId)).find((r) => r.itemId === itemId);
    setRecord(itemId, recordOf(theirs));
    setSave(itemId, { kind: 'idle' });
    await flush(itemId, true);
  };

  /** Whether the form holds changes not saved yet. */
  const isDirty = (itemId: string) =>
    buildSavePlan(formsRef.current[itemId] as ItemForm, null).key !== savedKeyRef.current[itemId];

  return {
    forms,
    records,
    saves,
    formsRef,
    recordsRef,
    saveRef,
    setRecord,
    flush,
    update,
    loadTheirs,
    keepMine,
    isDirty,
  };
}
