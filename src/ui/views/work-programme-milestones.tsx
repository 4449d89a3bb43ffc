/** The milestone rows of the initiative form: title, date in the year, status, meeting, item; rows added and removed. */
import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../locale.tsx';
import {
  MILESTONE_STATUSES,
  type MilestoneRow,
  type MilestoneStatus,
  meetingKey,
  newMilestoneRow,
  programmeFieldId,
} from '../programme-data.ts';
import type { CalendarEntry } from '../types.ts';
import { Field } from './working-group-fields.tsx';

type FieldProps = Omit<Parameters<typeof Field>[0], 'children'>;

export function MilestoneRows({
  year,
  rows,
  meetings,
  field,
  onChange,
  onRemoved,
  announce,
}: {
  year: number;
  rows: MilestoneRow[];
  meetings: CalendarEntry[];
  /** The props of a field at an API path, with its error. */
  field: (path: string, label: string, hint?: string) => FieldProps;
  onChange: (rows: MilestoneRow[]) => void;
  onRemoved: () => void;
  announce: (text: string) => void;
}) {
  const { t, tx, shortDate } = useLocale();
  const addButton = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (focus) document.getElementById(focus.id)?.focus();
  }, [focus]);
  const setRow = (uid: string, patch: Partial<MilestoneRow>) =>
    onChange(rows.map((m) => (m.uid === uid ? { ...m, ...patch } : m)));
  // A milestone's meeting may be one the calendar no longer lists for the year (moved away): keep it.
  const options = (row: MilestoneRow) =>
    row.meeting && !meetings.some((m) => meetingKey(m) === row.meeting)
      ? [{ key: row.meeting, label: row.meeting }]
      : [];
  return (
    <fieldset className="wp-milestones">
      <legend className="h3">{t('programme.milestonesLegend')}</legend>
      {rows.length === 0 && <p>{t('programme.noMilestones')}</p>}
      {rows.map((m, i) => {
        const base = `milestones.${i}`;
        return (
          <fieldset key={m.uid} className="wp-milestone">
            <legend className="wg-member-legend">
              {t('programme.milestoneLegend')} {i + 1}
            </legend>
            <Field {...field(`${base}.title`, t('programme.milestone'))}>
              {(aria) => (
                <input
                  type="text"
                  className="form-input input-width-xl"
                  maxLength={300}
                  value={m.title}
                  onChange={(e) => setRow(m.uid, { title: e.target.value })}
                  {...aria}
                />
              )}
            </Field>
            <Field {...field(`${base}.dueDate`, t('programme.dueDate'))}>
              {(aria) => (
                <input
                  type="date"
                  className="form-input input-width-s"
                  min={`${year}-01-01`}
                  max={`${year}-12-31`}
                  value={m.dueDate}
                  onChange={(e) => setRow(m.uid, { dueDate: e.target.value })}
                  {...aria}
                />
              )}
            </Field>
            <Field {...field(`${base}.status`, t('programme.status'))}>
              {(aria) => (
                <select
                  className="form-select"
                  value={m.status}
                  onChange={(e) => setRow(m.uid, { status: e.target.value as MilestoneStatus })}
                  {...aria}
                >
                  {MILESTONE_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {tx('programme.milestoneStatus', s)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field {...field(`${base}.meetingId`, t('programme.meeting'))}>
              {(aria) => (
                <select
                  className="form-select"
                  value={m.meeting}
                  onChange={(e) => setRow(m.uid, { meeting: e.target.value })}
                  {...aria}
                >
                  <option value="">{t('programme.meetingChoose')}</option>
                  {meetings.map((c) => (
                    <option key={c.start} value={meetingKey(c)}>
                      {shortDate(c.start)}
                    </option>
                  ))}
                  {options(m).map((o) => (
                    <option key={o.key} value={o.key}>
                      {o.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field {...field(`${base}.itemId`, t('programme.itemLink'), t('programme.itemLinkHint'))}>
              {(aria) => (
                <input
                  type="text"
                  className="form-input input-width-xl"
                  value={m.item}
                  onChange={(e) => setRow(m.uid, { item: e.target.value })}
                  {...aria}
                />
              )}
            </Field>
            <button
              type="button"
              className="button button-secondary wp-remove"
              onClick={() => {
                onChange(rows.filter((x) => x.uid !== m.uid));
                onRemoved();
                announce(t('programme.milestoneRemoved'));
                addButton.current?.focus();
              }}
            >
              {t('programme.removeMilestone')} {i + 1}
            </button>
          </fieldset>
        );
      })}
      <button
        ref={addButton}
        type="button"
        className="button button-secondary wp-add"
        onClick={() => {
          onChange([...rows, newMilestoneRow()]);
          announce(t('programme.milestoneAdded'));
          setFocus({ id: programmeFieldId(`milestones.${rows.length}.title`) });
        }}
      >
        {t('programme.addMilestone')}
      </button>
    </fieldset>
  );
}
