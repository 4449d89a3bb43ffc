/**
 * A forum's meetings of the year as a table (a card per meeting on a narrow screen): the date
 * (linked to the meeting when it is stored), cancelled, the load in words and as a bar, minutes,
 * the theme items and presenters, the wheel's and the work programme's milestones.
 */
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import {
  barSegments,
  type LoadType,
  loadInWords,
  loadScale,
  type YearForum,
  type YearMeeting,
} from '../year-data.ts';

function LoadCell({ meeting, scale }: { meeting: YearMeeting; scale: number }) {
  const { t } = useLocale();
  const word = (type: LoadType, n: number) =>
    t(`year.load.${type}.${n === 1 ? 'one' : 'other'}` as MessageKey);
  return (
    <span className="year-load">
      <span className="year-load-text">{loadInWords(meeting.load, word)}</span>
      <span className="year-bar" aria-hidden="true">
        {barSegments(meeting.load, scale).map((s) => (
          <span key={s.type} className={`year-bar-${s.type}`} style={{ width: `${s.percent}%` }} />
        ))}
      </span>
    </span>
  );
}

function Themes({ meeting }: { meeting: YearMeeting }) {
  const { t, tx } = useLocale();
  if (meeting.themes.length === 0 && meeting.presenters.length === 0)
    return <span className="meta">{t('year.none')}</span>;
  return (
    <ul className="year-list">
      {meeting.themes.map((theme, i) => (
        // Untitled items have no id to key by; their order is the API's.
        <li key={theme.itemId ?? `untitled-${i}`}>
          {theme.itemId && theme.title ? (
            <Link href={paths.item(theme.itemId)}>{theme.title}</Link>
          ) : theme.closed ? (
            <span className="badge badge-warning">{t('year.closedItem')}</span>
          ) : (
            <span className="meta">{t('year.hiddenItem')}</span>
          )}
        </li>
      ))}
      {meeting.presenters.map((p) => (
        <li key={`${p.theme}/${p.presenterName}`}>
          {p.theme}, {t('year.presentedBy')} {p.presenterName}{' '}
          <span className="meta">({tx('year.presenterStatus', p.status)})</span>
        </li>
      ))}
    </ul>
  );
}

function Milestones({ meeting }: { meeting: YearMeeting }) {
  const { t, tx } = useLocale();
  if (meeting.milestones.length === 0 && meeting.programmeMilestones.length === 0)
    return <span className="meta">{t('year.none')}</span>;
  return (
    <ul className="year-list">
      {meeting.milestones.map((m) => (
        <li key={m.entryId}>
          <span className="year-tag">{t('year.wheelMilestone')}:</span>{' '}
          {m.placeholderItemId ? <Link href={paths.item(m.placeholderItemId)}>{m.title}</Link> : m.title}
        </li>
      ))}
      {meeting.programmeMilestones.map((m) => (
        <li key={`${m.initiativeTitle}/${m.title}`}>
          <span className="year-tag">{t('year.programmeMilestone')}:</span> {m.initiativeTitle}: {m.title}{' '}
          <span className="meta">({tx('year.milestoneStatus', m.status)})</span>
        </li>
      ))}
    </ul>
  );
}

export function YearMeetings({ forum, year }: { forum: YearForum; year: number }) {
  const { t, shortDate, time } = useLocale();
  const scale = loadScale(forum.meetings);
  const cols = {
    load: t('year.col.load'),
    minutes: t('year.col.minutes'),
    themes: t('year.col.themes'),
    milestones: t('year.col.milestones'),
  };
  return (
    <table className="table table--compact year-table year-cards">
      <caption className="sr-only">
        {forum.name}: {t('year.meetingsOf')} {year}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('year.col.meeting')}</th>
          <th scope="col">{cols.load}</th>
          <th scope="col">{cols.minutes}</th>
          <th scope="col">{cols.themes}</th>
          <th scope="col">{cols.milestones}</th>
        </tr>
      </thead>
      <tbody>
        {forum.meetings.map((m) => (
          <tr key={m.start} className={m.cancelled ? 'year-cancelled' : undefined}>
            <th scope="row" className="year-date">
              {m.meetingId ? (
                <Link href={paths.meeting(forum.shortName, m.meetingId)}>{shortDate(m.start)}</Link>
              ) : (
                shortDate(m.start)
              )}
              <span className="meta"> {time(m.start)}</span>
              {m.cancelled && <span className="badge badge-error year-badge">{t('year.cancelled')}</span>}
            </th>
            <td data-label={cols.load}>
              <LoadCell meeting={m} scale={scale} />
            </td>
            <td data-label={cols.minutes}>{m.minutes ? t('year.minutes.yes') : t('year.minutes.no')}</td>
            <td data-label={cols.themes}>
              <Themes meeting={m} />
            </td>
            <td data-label={cols.milestones}>
              <Milestones meeting={m} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
