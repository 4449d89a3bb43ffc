/** Minute-taking: postponing every item not finalised to a later meeting or the queue. */
import { useState } from 'react';
import { useLocale } from '../locale.tsx';
import { type MinutesDraft, meetingIdOf, messageOf, postponeRemaining } from '../minute-taking-data.ts';
import { fill } from '../minute-taking-logic.ts';
import type { CalendarEntry } from '../types.ts';
import { P } from './minute-taking-fields.tsx';

export function PostponeRemaining({
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
