/** Minute-taking: the choice of one of the forum's coming meetings. */
import { useState } from 'react';
import { FieldErrorMessage } from '../field-errors.tsx';
import { useLocale } from '../locale.tsx';
import { meetingIdOf } from '../minute-taking-data.ts';
import type { CalendarEntry } from '../types.ts';

/**
 * A choice among the forum's coming meetings (and, with `queue`, the queue). A series date not
 * stored yet is stored on choosing it, so the value is always a stored meeting's id.
 */
export function MeetingSelect({
  id,
  label,
  value,
  later,
  org,
  forum,
  queue = false,
  errors,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  later: CalendarEntry[];
  org: string;
  forum: string;
  queue?: boolean;
  errors: string[];
  onChange: (value: string) => void;
}) {
  const { t, shortDate, time } = useLocale();
  const [resolving, setResolving] = useState(false);
  // Series dates stored while choosing: their options then carry the stored meeting's id.
  const [stored, setStored] = useState<Record<string, string>>({});
  const dateKey = (c: CalendarEntry) => `date:${c.occurrenceDate ?? c.start.slice(0, 10)}`;
  const optionValue = (c: CalendarEntry) => c.meetingId ?? stored[dateKey(c)] ?? dateKey(c);
  const choose = async (chosen: string) => {
    if (!chosen.startsWith('date:')) {
      onChange(chosen);
      return;
    }
    const entry = later.find((c) => dateKey(c) === chosen);
    if (!entry) return;
    setResolving(true);
    try {
      const id = await meetingIdOf(org, forum, entry);
      setStored((s) => ({ ...s, [chosen]: id }));
      onChange(id);
    } finally {
      setResolving(false);
    }
  };
  return (
    <div className={`form-group${errors.length > 0 ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <FieldErrorMessage id={id} errors={errors} />
      <select
        id={id}
        className="form-select"
        value={value}
        disabled={resolving}
        aria-invalid={errors.length > 0 || undefined}
        onChange={(e) => void choose(e.target.value)}
      >
        <option value="">{t('mt.choose')}</option>
        {later.map((c) => (
          <option key={c.start} value={optionValue(c)}>
            {shortDate(c.start)}, {time(c.start)}
          </option>
        ))}
        {queue && <option value="queue">{t('mt.queue')}</option>}
      </select>
    </div>
  );
}
