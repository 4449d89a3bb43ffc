/**
 * The release of the minutes, on the minute-taking page: what is still missing (the draft's
 * problems, named by item), "Send til gennemsyn", "Offentliggør referat" (a correction needs its
 * change note) and the published versions as PDF and DOCX.
 */
import { useId, useState } from 'react';
import { ApiError } from '../api.ts';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import {
  listMinutesVersions,
  type MinutesDraft,
  messageOf,
  minutesDocumentHref,
  publishMinutes,
  sendForReview,
} from '../minute-taking-data.ts';
import { fill } from '../minute-taking-logic.ts';
import { useLoad } from '../use-api.ts';

const DRAFT_STATES = ['agenda_published', 'held', 'minutes_in_review'];
const PUBLISHED_STATES = ['minutes_published', 'minutes_approved'];

export function MinutesRelease({
  org,
  forum,
  meetingId,
  draft,
  onChanged,
}: {
  org: string;
  forum: string;
  meetingId: string;
  draft: MinutesDraft;
  onChanged: () => Promise<void>;
}) {
  const { t, shortDate } = useLocale();
  const id = useId();
  const [loads, setLoads] = useState(0);
  const versions = useLoad(`minutes-versions:${meetingId}:${loads}`, () =>
    listMinutesVersions(org, forum, meetingId),
  );
  const [changeNote, setChangeNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const published = PUBLISHED_STATES.includes(draft.state);
  const correction = published || (versions.state === 'done' && versions.data.length > 0);
  const items = draft.content.items;
  const missing = draft.problems.map((p) => {
    const n = Number(p.path.split('.')[1]);
    const item = items[n - 1];
    const key: MessageKey = p.problem.includes('not finalised')
      ? 'mt.missingNotFinalised'
      : 'mt.missingNoMinutes';
    return item ? fill(t(key), { n: item.number, title: item.title }) : p.problem;
  });

  const act = async (run: () => Promise<string>) => {
    setBusy(true);
    setDone(null);
    setFailure(null);
    try {
      setDone(await run());
      await onChanged();
      setLoads((n) => n + 1);
    } catch (err) {
      setFailure(
        err instanceof ApiError && err.body.details.some((d) => d.path === 'changeNote')
          ? t('mt.changeNoteRequired')
          : fill(t('mt.actionFailed'), { message: messageOf(err) }),
      );
    } finally {
      setBusy(false);
    }
  };

  const review = () =>
    act(async () => {
      const r = await sendForReview(org, forum, meetingId);
      return fill(t('mt.reviewed'), { n: r.recipients });
    });

  const publish = () => {
    if (correction && changeNote.trim() === '') {
      setNoteMissing(true);
      document.getElementById(`${id}-note`)?.focus();
      return;
    }
    setNoteMissing(false);
    return act(async () => {
      const v = await publishMinutes(org, forum, meetingId, correction ? changeNote.trim() : '');
      setChangeNote('');
      return fill(t('mt.published'), { version: v.version });
    });
  };

  const canWrite = DRAFT_STATES.includes(draft.state) || published;
  return (
    <section aria-labelledby={`${id}-title`} className="mt-panel mt-release">
      <h2 id={`${id}-title`}>{t('mt.release')}</h2>
      <p>
        {t('mt.meetingStateLabel')}: <strong>{t(`mt.meetingState.${draft.state}` as MessageKey)}</strong>
      </p>
      {missing.length > 0 ? (
        <>
          <p>{t('mt.missing')}</p>
          <ul>
            {missing.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      ) : (
        DRAFT_STATES.includes(draft.state) && <p>{t('mt.complete')}</p>
      )}
      <div role="status">
        {done && (
          <div className="alert alert-success">
            <div className="alert-body">
              <p className="alert-text">{done}</p>
            </div>
          </div>
        )}
      </div>
      {failure && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">{failure}</p>
          </div>
        </div>
      )}
      {canWrite && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void publish();
          }}
        >
          {correction && (
            <div className={`form-group${noteMissing ? ' form-error' : ''}`}>
              <label className="form-label" htmlFor={`${id}-note`}>
                {t('mt.changeNote')}
              </label>
              <span className="form-hint" id={`${id}-note-hint`}>
                {t('mt.changeNoteHint')}
              </span>
              {noteMissing && (
                <span className="form-error-message" id={`${id}-note-error`} role="alert">
                  {t('mt.changeNoteRequired')}
                </span>
              )}
              <textarea
                id={`${id}-note`}
                className="form-input"
                rows={3}
                value={changeNote}
                aria-describedby={noteMissing ? `${id}-note-hint ${id}-note-error` : `${id}-note-hint`}
                aria-invalid={noteMissing || undefined}
                onChange={(e) => setChangeNote(e.target.value)}
              />
            </div>
          )}
          <div className="mt-buttons">
            {(draft.state === 'agenda_published' || draft.state === 'held') && (
              <button
                type="button"
                className="button button-secondary"
                disabled={busy || missing.length > 0}
                onClick={() => void review()}
              >
                {t('mt.review')}
              </button>
            )}
            <button type="submit" className="button button-primary" disabled={busy || missing.length > 0}>
              {correction ? t('mt.publishCorrection') : t('mt.publish')}
            </button>
          </div>
        </form>
      )}
      {versions.state === 'done' && versions.data.length > 0 && (
        <>
          <h3>{t('mt.versions')}</h3>
          <ul className="nobullet-list mt-versions">
            {versions.data.map((v) => (
              <li key={v.version}>
                {fill(t('mt.versionLine'), { version: v.version, date: shortDate(v.publishedAt) })}
                {v.changeNote && <span className="meta"> · {v.changeNote}</span>}
                {' · '}
                {(['pdf', 'docx'] as const).map((format, i) => (
                  <span key={format}>
                    {i > 0 && ' · '}
                    <a
                      href={minutesDocumentHref(org, forum, meetingId, v.version, format)}
                      aria-label={fill(t('mt.documentOf'), {
                        version: v.version,
                        format: t(format === 'pdf' ? 'mt.pdf' : 'mt.docx'),
                      })}
                    >
                      {t(format === 'pdf' ? 'mt.pdf' : 'mt.docx')}
                    </a>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
