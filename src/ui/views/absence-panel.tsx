/**
 * Reporting absence (afbud) for a meeting, and seeing who comes. The server decides who sees the
 * attendance (the forum's members and the organisation's admins): on 403/404 the panel is not shown.
 * A member of the forum on the meeting's day reports or withdraws their own absence, with an optional
 * reason, until the meeting has ended.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../api.ts';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import {
  type Attendance,
  getAttendance,
  meetingIsOver,
  reportAbsence,
  withdrawAbsence,
} from '../meeting-tools-data.ts';
import type { SessionPerson } from '../types.ts';
import { isNotFound, useLoad } from '../use-api.ts';
import '../styles/meeting-tools.css';

const MAX_REASON = 1000;

type Failure = { kind: 'reason'; message: string } | { kind: 'general'; message: string };

function AttendanceTable({ attendance }: { attendance: Attendance }) {
  const { t, tx } = useLocale();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact attendance-table">
        <caption className="sr-only">{t('absence.attendanceCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('absence.name')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('absence.status')}</th>
            <th scope="col">{t('absence.reasonColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {attendance.members.map((m) => (
            <tr key={m.personId}>
              <th scope="row">
                {m.name}
                {m.title && <span className="meta attendance-title">{m.title}</span>}
              </th>
              <td>{tx('role', m.role)}</td>
              <td>
                {m.status === 'absent' ? (
                  <span className="badge badge-warning">{t('absence.absent')}</span>
                ) : (
                  <span className="badge badge-success">{t('absence.attending')}</span>
                )}
              </td>
              <td>
                {m.reason}
                {m.substitute && (
                  <>
                    {m.reason && <br />}
                    {t('absence.substitute')}: {m.substitute}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AbsencePanel({
  person,
  forum,
  meeting,
  meetingEnd,
}: {
  person: SessionPerson;
  forum: string;
  meeting: string;
  /** When the meeting ends: afterwards the panel only shows the attendance. */
  meetingEnd?: string;
}) {
  const { t } = useLocale();
  const id = useId();
  const org = person.orgSlug;
  const [reload, setReload] = useState(0);
  const loaded = useLoad(`attendance:${forum}:${meeting}:${reload}`, () =>
    getAttendance(org, forum, meeting),
  );
  // The last good answer stays on screen while the next one loads, so the form keeps its place.
  const shown = useRef<Attendance | null>(null);
  if (loaded.state === 'done') shown.current = loaded.data;
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<'report' | 'withdraw' | null>(null);
  const [status, setStatus] = useState<MessageKey | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // After reporting or withdrawing, the button that was pressed is replaced by the other one: the
  // focus moves to it once the new attendance is shown, instead of falling back to the page.
  const actionRef = useRef<HTMLButtonElement>(null);
  const focusAction = useRef(false);
  useEffect(() => {
    if (loaded.state === 'done' && focusAction.current) {
      focusAction.current = false;
      actionRef.current?.focus();
    }
  }, [loaded.state]);

  if (loaded.state === 'error' && isNotFound(loaded.error)) return null;
  const attendance = shown.current;
  if (!attendance) {
    if (loaded.state === 'error')
      return (
        <section className="absence-panel" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>{t('absence.heading')}</h2>
          <div className="alert alert-error" role="alert">
            <div className="alert-body">
              <p className="alert-text">{loaded.error.message}</p>
              <button type="button" className="button button-secondary" onClick={loaded.retry}>
                {t('errorRetry')}
              </button>
            </div>
          </div>
        </section>
      );
    return null;
  }

  const me = attendance.members.find((m) => m.personId === person.id);
  const over = meetingIsOver(meetingEnd);
  const absentees = attendance.members.filter((m) => m.status === 'absent');

  const fail = (err: unknown) => {
    let next: Failure = { kind: 'general', message: t('absence.failed') };
    if (err instanceof ApiError) {
      const onReason = err.body.details.find((d) => d.path === 'reason');
      if (err.status === 400 && onReason) next = { kind: 'reason', message: t('absence.reasonTooLong') };
      else if (err.status === 403 || err.status === 404)
        next = { kind: 'general', message: t('absence.forbidden') };
      else if (err.body.message) next = { kind: 'general', message: err.body.message };
    }
    setFailure(next);
    // The summary is rendered with the failure; focus it once it is in the page.
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const act = async (kind: 'report' | 'withdraw') => {
    setFailure(null);
    setStatus(null);
    if (kind === 'report' && reason.trim().length > MAX_REASON) {
      fail(new ApiError(400, { error: 'invalid', message: '', details: [{ path: 'reason', problem: '' }] }));
      return;
    }
    setBusy(kind);
    try {
      if (kind === 'report') await reportAbsence(org, forum, meeting, reason.trim());
      else await withdrawAbsence(org, forum, meeting);
      setStatus(kind === 'report' ? 'absence.reported' : 'absence.withdrawn');
      focusAction.current = true;
      if (kind === 'withdraw') setReason('');
      setReload((n) => n + 1);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  };

  const reasonError = failure?.kind === 'reason';
  return (
    <section className="absence-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('absence.heading')}</h2>
      <p className="meta">
        {attendance.attending} {t('absence.summary')} · {absentees.length} {t('absence.absentCount')}
        {absentees.length > 0 && `: ${absentees.map((m) => m.name).join(', ')}`}
      </p>
      {failure && (
        <div className="alert alert-error" role="alert" tabIndex={-1} ref={summaryRef}>
          <div className="alert-body">
            <p className="alert-heading">{t('absence.errorHeading')}</p>
            <p className="alert-text">
              {failure.kind === 'reason' ? (
                <a href={`#${id}-reason`}>
                  {t('absence.reason')}: {failure.message}
                </a>
              ) : (
                failure.message
              )}
            </p>
          </div>
        </div>
      )}
      <div role="status" className="absence-status">
        {status && (
          <div className="alert alert-success">
            <div className="alert-body">
              <p className="alert-text">{t(status)}</p>
            </div>
          </div>
        )}
        {busy && <p className="meta">{t(busy === 'report' ? 'absence.reporting' : 'absence.withdrawing')}</p>}
      </div>
      {me && (
        <div className="absence-mine">
          <p>
            <strong>{t(me.status === 'absent' ? 'absence.youAreAbsent' : 'absence.youAttend')}</strong>
            {me.status === 'absent' && me.reason && (
              <>
                {' '}
                {t('absence.yourReason')}: «{me.reason}»
              </>
            )}
          </p>
          {over ? (
            <p className="meta">{t('absence.past')}</p>
          ) : me.status === 'absent' ? (
            <button
              ref={actionRef}
              type="button"
              className="button button-secondary"
              disabled={busy !== null}
              onClick={() => void act('withdraw')}
            >
              {t('absence.withdraw')}
            </button>
          ) : (
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void act('report');
              }}
            >
              <div className={`form-group${reasonError ? ' form-error' : ''}`}>
                <label className="form-label" htmlFor={`${id}-reason`}>
                  {t('absence.reason')}
                </label>
                <span className="form-hint" id={`${id}-hint`}>
                  {t('absence.reasonHint')}
                </span>
                {reasonError && (
                  <span className="form-error-message" id={`${id}-error`}>
                    {failure.message}
                  </span>
                )}
                <textarea
                  id={`${id}-reason`}
                  className="form-input"
                  rows={2}
                  value={reason}
                  aria-describedby={reasonError ? `${id}-hint ${id}-error` : `${id}-hint`}
                  aria-invalid={reasonError || undefined}
                  onChange={(e) => setReason(e.target.value)}
                />
              </div>
              <button
                ref={actionRef}
                type="submit"
                className="button button-primary"
                disabled={busy !== null}
              >
                {t('absence.report')}
              </button>
            </form>
          )}
        </div>
      )}
      <details className="details attendance-details">
        <summary className="details-summary">
          {t('absence.attendanceCaption')} ({attendance.members.length})
        </summary>
        <div className="details-text">
          <AttendanceTable attendance={attendance} />
          {attendance.guests.length > 0 && (
            <p>
              {t('absence.guests')}: {attendance.guests.map((g) => g.name).join(', ')}
            </p>
          )}
        </div>
      </details>
    </section>
  );
}
