/** The theme plan's meetings with their themes, presenters, statuses and notes; managers change the status. */
import { useState } from 'react';
import { failureText } from '../api.ts';
import { FailureAlert } from '../form-errors.tsx';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import {
  changeAssignment,
  fill,
  type PlanMeeting,
  statusChanges,
  type ThemePlanData,
  type ThemePlanEntry,
  type ThemeStatus,
} from '../theme-plan-data.ts';

function StatusButtons({
  org,
  data,
  entry,
  onChanged,
}: {
  org: string;
  data: ThemePlanData;
  entry: ThemePlanEntry;
  onChanged: (message: string) => void;
}) {
  const { t, tx } = useLocale();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const change = async (status: ThemeStatus) => {
    setBusy(true);
    setFailure(null);
    try {
      await changeAssignment(org, data.forum.shortName, entry.id, { status });
      onChanged(
        fill(t('themePlan.changed'), {
          theme: entry.theme,
          status: tx('themePlan.status', status).toLocaleLowerCase(),
        }),
      );
    } catch (err) {
      setFailure(failureText(err, { 403: t('themePlan.error.forbidden') }));
    } finally {
      setBusy(false);
    }
  };
  const changes = statusChanges(entry.status);
  if (changes.length === 0) return null;
  return (
    <div className="tp-actions">
      {changes.map((s) => (
        <button
          key={s}
          type="button"
          className="button button-secondary tp-action"
          disabled={busy}
          onClick={() => void change(s)}
        >
          {t(`themePlan.to.${s}` as MessageKey)}
          <span className="sr-only">: {entry.theme}</span>
        </button>
      ))}
      {failure && <FailureAlert text={failure} />}
    </div>
  );
}

export function ThemePlanTable({
  org,
  data,
  meetings,
  caption,
  manager,
  onChanged,
}: {
  org: string;
  data: ThemePlanData;
  meetings: PlanMeeting[];
  caption: string;
  manager: boolean;
  onChanged: (message: string) => void;
}) {
  const { t, tx, shortDate, time } = useLocale();
  const titleOf = (personId: string) => data.forum.members.find((m) => m.personId === personId)?.title ?? '';
  const columns = manager ? 6 : 5;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact tp-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('themePlan.meeting')}</th>
            <th scope="col">{t('themePlan.theme')}</th>
            <th scope="col">{t('themePlan.presenter')}</th>
            <th scope="col">{t('themePlan.status')}</th>
            <th scope="col">{t('themePlan.note')}</th>
            {manager && <th scope="col">{t('themePlan.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => {
            const when = (
              <th scope="row" className="tp-when">
                {shortDate(m.start)}
                <span className="tp-time"> {time(m.start)}</span>
                {m.entry?.cancelled && (
                  <span className="tp-cancelled"> {t('themePlan.meetingCancelled')}</span>
                )}
              </th>
            );
            if (m.assignments.length === 0)
              return (
                <tr key={m.key} className="tp-empty">
                  {when}
                  <td colSpan={columns - 1}>{t('themePlan.noTheme')}</td>
                </tr>
              );
            return m.assignments.map((a) => (
              <tr key={a.id} className={a.status === 'cancelled' ? 'tp-row-cancelled' : undefined}>
                {when}
                <td className="tp-theme">{a.theme}</td>
                <td>
                  <span className="tp-name">{a.presenterName}</span>
                  {titleOf(a.presenterPersonId) && (
                    <span className="tp-title">{titleOf(a.presenterPersonId)}</span>
                  )}
                </td>
                <td>
                  <span className={`badge tp-status tp-status-${a.status}`}>
                    {tx('themePlan.status', a.status)}
                  </span>
                </td>
                <td className="tp-note">{a.note}</td>
                {manager && (
                  <td>
                    <StatusButtons org={org} data={data} entry={a} onChanged={onChanged} />
                  </td>
                )}
              </tr>
            ));
          })}
        </tbody>
      </table>
    </div>
  );
}
