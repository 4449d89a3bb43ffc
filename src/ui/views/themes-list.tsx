/**
 * The proposed themes with proposer and status; for the forum's chair, per theme the meeting to
 * select it for ("Vælg til mødet") or, once selected, "Fravælg". The API's refusal (a meeting with
 * its two themes already, an agenda that can no longer change) is shown at the meeting field.
 */
import { useId, useRef, useState } from 'react';
import { ApiError, failureText } from '../api.ts';
import { FieldErrorMessage } from '../field-errors.tsx';
import { FailureAlert } from '../form-errors.tsx';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import { fill } from '../theme-plan-data.ts';
import {
  MAX_THEMES_PER_MEETING,
  meetingOf,
  selectTheme,
  type ThemeMeeting,
  type ThemesData,
  type ThemeView,
  unselectTheme,
} from '../themes-data.ts';

/** The message key for the API's refusal of a selection. */
function refusal(err: unknown): MessageKey | null {
  if (!(err instanceof ApiError)) return null;
  const path = err.body.details[0]?.path;
  if (err.status === 400 && path === 'meeting') return 'themes.error.meetingFull';
  if (err.status === 409 && path === 'status') return 'themes.error.alreadySelected';
  if (err.status === 409) return 'themes.error.meetingClosed';
  if (err.status === 403) return 'themes.error.forbidden';
  return null;
}

function SelectForm({
  org,
  data,
  theme,
  meetings,
  onChanged,
}: {
  org: string;
  data: ThemesData;
  theme: ThemeView;
  meetings: ThemeMeeting[];
  onChanged: (message: string) => void;
}) {
  const { t, date, shortDate } = useLocale();
  const id = useId();
  const [meeting, setMeeting] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLSelectElement>(null);
  const refuse = (text: string) => {
    setError(text);
    field.current?.focus();
  };
  const submit = async () => {
    if (!meeting) {
      refuse(t('themes.error.meetingRequired'));
      return;
    }
    setBusy(true);
    try {
      await selectTheme(org, data.forum.shortName, theme.id, meeting);
      const chosen = meetings.find((m) => m.key === meeting);
      setError(null);
      onChanged(
        fill(t('themes.selected'), { title: theme.title, date: chosen ? shortDate(chosen.entry.start) : '' }),
      );
    } catch (err) {
      const key = refusal(err);
      refuse(key ? t(key) : failureText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="th-select"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className={`form-group${error ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={`${id}-meeting`}>
          {t('themes.meetingLabel')}
          <span className="sr-only"> {fill(t('themes.forTheme'), { title: theme.title })}</span>
        </label>
        {error && (
          <span role="alert">
            <FieldErrorMessage id={`${id}-meeting`} errors={[error]} prefix={t('themes.errorPrefix')} />
          </span>
        )}
        <select
          ref={field}
          id={`${id}-meeting`}
          className="form-select"
          value={meeting}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-meeting-error` : undefined}
          onChange={(e) => setMeeting(e.target.value)}
        >
          <option value="">{t('themes.chooseMeeting')}</option>
          {meetings.map((m) => (
            <option key={m.key} value={m.key}>
              {fill(t('themes.option'), {
                date: date(m.entry.start),
                n: String(m.selected.length),
                max: String(MAX_THEMES_PER_MEETING),
              })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-primary th-action" disabled={busy}>
        {t('themes.select')}
        <span className="sr-only">: {theme.title}</span>
      </button>
    </form>
  );
}

function Unselect({
  org,
  data,
  theme,
  onChanged,
}: {
  org: string;
  data: ThemesData;
  theme: ThemeView;
  onChanged: (message: string) => void;
}) {
  const { t } = useLocale();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const undo = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await unselectTheme(org, data.forum.shortName, theme.id);
      onChanged(fill(t('themes.unselected'), { title: theme.title }));
    } catch (err) {
      const key = refusal(err);
      setFailure(key ? t(key) : failureText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="th-unselect">
      <button
        type="button"
        className="button button-secondary th-action"
        disabled={busy}
        onClick={() => void undo()}
      >
        {t('themes.unselect')}
        <span className="sr-only">: {theme.title}</span>
      </button>
      {failure && <FailureAlert text={failure} />}
    </div>
  );
}

export function ThemesList({
  org,
  data,
  meetings,
  chair,
  onChanged,
}: {
  org: string;
  data: ThemesData;
  meetings: ThemeMeeting[];
  /** The forum's chair, who selects (theme.select). */
  chair: boolean;
  onChanged: (message: string) => void;
}) {
  const { t, tx, shortDate } = useLocale();
  return (
    <section aria-labelledby="th-proposals">
      <h2 id="th-proposals">{t('themes.proposals')}</h2>
      {chair && <p>{t('themes.chairHint')}</p>}
      {data.themes.length === 0 ? (
        <p>{t('themes.none')}</p>
      ) : (
        <ul className="nobullet-list th-list">
          {data.themes.map((theme) => {
            const meeting = meetingOf(data.calendar, theme);
            return (
              <li key={theme.id} className="th-card">
                <h3 className="h4 th-title">{theme.title}</h3>
                {theme.description && <p className="th-description">{theme.description}</p>}
                <p className="th-meta">
                  {theme.proposer ? fill(t('themes.proposedBy'), { name: theme.proposer.name }) : ''}
                  {theme.mine && (
                    <>
                      {' '}
                      <span className="badge th-mine">{t('themes.mine')}</span>
                    </>
                  )}
                </p>
                <p className="th-status">
                  <span className={`badge th-status-${theme.status}`}>
                    {tx('themes.status', theme.status)}
                  </span>{' '}
                  {theme.status === 'selected' &&
                    (meeting
                      ? fill(t('themes.selectedFor'), { date: shortDate(meeting.start) })
                      : t('themes.selectedForUnknown'))}
                  {theme.status === 'selected' && theme.itemId && (
                    <>
                      {' '}
                      <Link href={paths.item(theme.itemId)}>
                        {t('themes.openItem')}
                        <span className="sr-only">: {theme.title}</span>
                      </Link>
                    </>
                  )}
                </p>
                {chair && theme.status === 'proposed' && (
                  <SelectForm org={org} data={data} theme={theme} meetings={meetings} onChanged={onChanged} />
                )}
                {chair &&
                  theme.status === 'selected' &&
                  meetings.some((m) => m.entry.meetingId === theme.meetingId) && (
                    <Unselect org={org} data={data} theme={theme} onChanged={onChanged} />
                  )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
