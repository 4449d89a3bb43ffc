/**
 * My private notes on an agenda item and its attachments, under each item of the published agenda.
 * Saved after a pause in typing and on leaving the field; every change goes through the note queue
 * (offline/note-queue.ts), so a note written offline is kept and sent when the network returns. A
 * note changed on another device meanwhile is a conflict: the typed text stays, and the writer
 * chooses which version to keep.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../api.ts';
import { useLocale } from '../locale.tsx';
import { type NoteTarget, noteKey } from '../offline/note-queue.ts';
import { holdSessionPerson, listMyNotes, type Note, noteQueue } from '../offline/notes.ts';
import { isNetworkError, setServedFromCache } from '../offline/status.ts';
import type { AgendaItem } from '../types.ts';
import '../styles/offline.css';

/** How long typing must pause before the note is saved. */
const DEBOUNCE_MS = 1200;

type Status = 'idle' | 'saving' | 'saved' | 'queued' | 'conflict' | 'failed';

function NoteField({
  target,
  label,
  initial,
}: {
  target: NoteTarget;
  label: string;
  initial: Note | undefined;
}) {
  const { t } = useLocale();
  const id = useId();
  const key = noteKey(target);
  const queued = noteQueue.get(target);
  const [text, setText] = useState(queued?.body ?? initial?.body ?? '');
  const [status, setStatus] = useState<Status>(
    queued ? (queued.state === 'pending' ? (navigator.onLine ? 'saving' : 'queued') : queued.state) : 'idle',
  );
  const [failure, setFailure] = useState('');
  /** The other device's note in a conflict (null: it was deleted there). */
  const [other, setOther] = useState<Note | null | undefined>(undefined);
  const server = useRef({ version: initial?.version ?? null, body: initial?.body ?? '' });
  const textRef = useRef(text);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const loadOther = useCallback(() => {
    listMyNotes(target.org, target.itemId).then(
      (notes) => setOther(notes.find((n) => n.attachmentId === target.attachmentId) ?? null),
      () => setOther(undefined),
    );
  }, [target.org, target.itemId, target.attachmentId]);

  useEffect(
    () =>
      noteQueue.subscribe((event) => {
        if (event.key !== key) return;
        if (event.type === 'saved') {
          if (!event.settled) return;
          server.current = { version: event.note?.version ?? null, body: event.note?.body ?? '' };
          setStatus(textRef.current.trim() === event.body.trim() ? 'saved' : 'idle');
        } else if (event.type === 'offline') setStatus('queued');
        else if (event.type === 'conflict') {
          setStatus('conflict');
          loadOther();
        } else {
          setFailure(event.message);
          setStatus('failed');
        }
      }),
    [key, loadOther],
  );

  // A note left waiting (written offline, or before a reload) goes now; a conflict shows its other side.
  // Text typed just before leaving the page or the view is not lost: it goes into the queue at once
  // (sent now, or at the next start when the page is being unloaded).
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on mount; `commit` reads refs only.
  useEffect(() => {
    const waiting = noteQueue.get(target);
    if (waiting?.state === 'pending') void noteQueue.flush(target.personId);
    if (waiting?.state === 'conflict') loadOther();
    const onPageHide = () => {
      if (timer.current) commit(false);
    };
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      if (timer.current) commit();
    };
  }, []);

  /** Queues the typed text if it changed, and sends it (unless `send` is false). */
  const commit = (send = true) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const body = textRef.current;
    const waiting = noteQueue.get(target);
    if (waiting?.state === 'conflict') {
      // Kept, but not sent until the writer chooses.
      noteQueue.write(target, body, server.current.version);
      return;
    }
    if (!waiting && body.trim() === server.current.body.trim()) return;
    noteQueue.write(target, body, server.current.version);
    if (!send) return;
    setStatus('saving');
    void noteQueue.flush(target.personId);
  };

  const change = (value: string) => {
    setText(value);
    textRef.current = value;
    if (status === 'saved') setStatus('idle');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(), DEBOUNCE_MS);
  };

  const keepMine = () => {
    noteQueue.write(target, textRef.current, other ? other.version : null, true);
    setOther(undefined);
    setStatus('saving');
    void noteQueue.flush(target.personId);
  };

  const takeOther = () => {
    noteQueue.discard(target);
    const body = other?.body ?? '';
    server.current = { version: other?.version ?? null, body };
    setText(body);
    textRef.current = body;
    setOther(undefined);
    setStatus('idle');
  };

  const retry = () => {
    noteQueue.write(target, textRef.current, server.current.version);
    setStatus('saving');
    void noteQueue.flush(target.personId);
  };

  const message =
    status === 'saving'
      ? t('notes.saving')
      : status === 'saved'
        ? t('notes.saved')
        : status === 'queued'
          ? t('notes.queued')
          : '';

  return (
    <div className="form-group item-note">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="form-input item-note-text"
        rows={4}
        value={text}
        onChange={(e) => change(e.target.value)}
        onBlur={() => commit()}
        aria-describedby={status === 'conflict' ? `${id}-conflict` : undefined}
      />
      <p role="status" className="item-note-status">
        {message}
      </p>
      {status === 'conflict' && (
        <div className="alert alert-warning item-note-conflict" role="alert" id={`${id}-conflict`}>
          <div className="alert-body">
            <p className="alert-heading">{t('notes.conflictHeading')}</p>
            <p className="alert-text">{t('notes.conflictMine')}</p>
            {other === null && <p className="alert-text">{t('notes.conflictDeleted')}</p>}
            {other && (
              <>
                <p className="alert-text">{t('notes.conflictOther')}</p>
                <blockquote className="item-note-other">{other.body}</blockquote>
              </>
            )}
            <div className="item-note-actions">
              <button type="button" className="button button-primary" onClick={keepMine}>
                {t('notes.keepMine')}
              </button>
              {other !== undefined && (
                <button type="button" className="button button-secondary" onClick={takeOther}>
                  {t('notes.useOther')}
                </button>
              )}
            </div>
          </div>
        </div>
      )}
      {status === 'failed' && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-heading">{t('notes.failed')}</p>
            {failure && <p className="alert-text">{failure}</p>}
            <button type="button" className="button button-secondary" onClick={retry}>
              {t('notes.retry')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

type State =
  | { kind: 'loading' }
  | { kind: 'hidden' }
  | { kind: 'error' }
  | { kind: 'ready'; personId: string; notes: Note[] };

export function ItemNotes({ org, item }: { org: string; item: AgendaItem }) {
  const { t } = useLocale();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    let live = true;
    const hold = holdSessionPerson();
    Promise.all([hold.person, listMyNotes(org, item.itemId)]).then(
      ([person, notes]) => live && setState({ kind: 'ready', personId: person.id, notes }),
      (error: unknown) => {
        if (!live) return;
        if (isNetworkError(error)) setServedFromCache(true);
        // An item the reader may not open (a closed item outside the forum) has no notes to show.
        if (
          error instanceof ApiError &&
          (error.status === 403 || error.status === 404 || error.status === 401)
        )
          setState({ kind: 'hidden' });
        else setState({ kind: 'error' });
      },
    );
    return () => {
      live = false;
      hold.release();
    };
  }, [org, item.itemId, attempt]);

  if (state.kind === 'hidden' || state.kind === 'loading') return null;
  const count = state.kind === 'ready' ? state.notes.filter((n) => n.body !== '').length : 0;
  // Notes still waiting to be saved (or in conflict) are shown open, so the writer sees them.
  const waiting = state.kind === 'ready' && noteQueue.list(state.personId, item.itemId).length > 0;
  return (
    <details className="details item-notes" open={waiting || undefined}>
      <summary className="details-summary">
        {t('notesTitle')}
        {count > 0 && ` (${count})`}
      </summary>
      <div className="details-text">
        {state.kind === 'error' ? (
          <div className="alert alert-error">
            <div className="alert-body">
              <p className="alert-text">{t('notes.loadFailed')}</p>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setAttempt((n) => n + 1)}
              >
                {t('notes.retry')}
              </button>
            </div>
          </div>
        ) : (
          <>
            <p className="form-hint">{t('notes.intro')}</p>
            <NoteField
              target={{ personId: state.personId, org, itemId: item.itemId, attachmentId: null }}
              label={`${t('notes.onItem')} ${item.number}. ${item.title}`}
              initial={state.notes.find((n) => n.attachmentId === null)}
            />
            {item.attachments.map((a, i) => (
              <NoteField
                key={a.id}
                target={{ personId: state.personId, org, itemId: item.itemId, attachmentId: a.id }}
                label={`${t('notes.onAttachment')} ${item.number}.${i + 1}: ${a.name}`}
                initial={state.notes.find((n) => n.attachmentId === a.id)}
              />
            ))}
          </>
        )}
      </div>
    </details>
  );
}
