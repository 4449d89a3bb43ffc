/** The charter editor's meeting plan: recurrence rule, start time, duration and the holiday rule. */
import { type CharterForm, HOLIDAY_RULES } from '../charter-form.ts';
import type { Charter } from '../follow-ups-data.ts';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import { CharterField, type Problem, type SetField, useField } from './charter-fields.tsx';

export function CharterMeetings({
  form,
  set,
  problems,
  latest,
}: {
  form: CharterForm;
  set: SetField;
  problems: Problem[];
  /** The latest version: its variations of the meeting plan are kept as they are. */
  latest: Charter | null;
}) {
  const { t } = useLocale();
  const field = useField(problems);
  return (
    <fieldset>
      <legend className="ch-legend">{t('ch.meetingsLegend')}</legend>
      <CharterField path="cadence.rrule" label={t('ch.rrule')} hint={t('ch.rruleHint')} problems={problems}>
        <input
          type="text"
          className="form-input"
          spellCheck={false}
          {...field('cadence.rrule', true)}
          value={form.rrule}
          onChange={(e) => set('rrule', e.target.value)}
        />
      </CharterField>
      <div className="ch-inline">
        <CharterField
          path="cadence.startTime"
          label={t('ch.startTime')}
          hint={t('ch.timeHint')}
          problems={problems}
        >
          <input
            type="text"
            className="form-input input-width-xs"
            {...field('cadence.startTime', true)}
            value={form.startTime}
            onChange={(e) => set('startTime', e.target.value)}
          />
        </CharterField>
        <CharterField path="cadence.durationMinutes" label={t('ch.duration')} problems={problems}>
          <input
            type="text"
            inputMode="numeric"
            className="form-input input-width-xs"
            {...field('cadence.durationMinutes')}
            value={form.durationMinutes}
            onChange={(e) => set('durationMinutes', e.target.value)}
          />
        </CharterField>
      </div>
      <CharterField path="holidayRule" label={t('ch.holidayRule')} problems={problems}>
        <select
          className="form-select"
          {...field('holidayRule')}
          value={form.holidayRule}
          onChange={(e) => set('holidayRule', e.target.value as CharterForm['holidayRule'])}
        >
          {HOLIDAY_RULES.map((r) => (
            <option key={r} value={r}>
              {t(`ch.holiday.${r}` as MessageKey)}
            </option>
          ))}
        </select>
      </CharterField>
      {latest && latest.cadence.variations.length > 0 && (
        <div className="form-group">
          <p className="meta">{t('ch.variationsKept')}</p>
          <ul>
            {latest.cadence.variations.map((v) => (
              <li key={v.label}>
                {v.label} (<code>{v.rrule}</code>)
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="meta">{t('ch.placeNote')}</p>
    </fieldset>
  );
}
