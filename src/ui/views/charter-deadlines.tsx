/** The charter editor's deadlines: for each deadline its rule, weekday or days, and time of day. */
import {
  type CharterForm,
  DEADLINE_NAMES,
  DEADLINE_RULE_KINDS,
  type DeadlineForm,
  type DeadlineName,
  WEEKDAY_KINDS,
} from '../charter-form.ts';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import { CharterField, type Problem, useField } from './charter-fields.tsx';

function DeadlineFields({
  name,
  value,
  onChange,
  problems,
}: {
  name: DeadlineName;
  value: DeadlineForm;
  onChange: (d: DeadlineForm) => void;
  problems: Problem[];
}) {
  const { t } = useLocale();
  const field = useField(problems);
  const base = `deadlines.${name}`;
  const weekday = value.kind !== '' && WEEKDAY_KINDS.includes(value.kind);
  return (
    <fieldset className="ch-deadline">
      <legend className="form-label">{t(`ch.deadline.${name}` as MessageKey)}</legend>
      <div className="ch-inline">
        <CharterField path={`${base}.kind`} label={t('ch.rule')} problems={problems}>
          <select
            className="form-select"
            {...field(`${base}.kind`)}
            value={value.kind}
            onChange={(e) => onChange({ ...value, kind: e.target.value as DeadlineForm['kind'] })}
          >
            <option value="">{t('ch.rule.none')}</option>
            {DEADLINE_RULE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`ch.rule.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </CharterField>
        {value.kind !== '' && weekday && (
          <CharterField path={`${base}.weekday`} label={t('ch.weekday')} problems={problems}>
            <select
              className="form-select"
              {...field(`${base}.weekday`)}
              value={value.weekday}
              onChange={(e) => onChange({ ...value, weekday: e.target.value })}
            >
              <option value="" />
              {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                <option key={d} value={String(d)}>
                  {t(`ch.weekday.${d}` as MessageKey)}
                </option>
              ))}
            </select>
          </CharterField>
        )}
        {value.kind !== '' && !weekday && (
          <CharterField path={`${base}.days`} label={t('ch.days')} problems={problems}>
            <input
              type="text"
              inputMode="numeric"
              className="form-input input-width-xs"
              {...field(`${base}.days`)}
              value={value.days}
              onChange={(e) => onChange({ ...value, days: e.target.value })}
            />
          </CharterField>
        )}
        {value.kind !== '' && (
          <CharterField
            path={`${base}.time`}
            label={t('ch.time')}
            hint={t('ch.timeHint')}
            problems={problems}
          >
            <input
              type="text"
              className="form-input input-width-xs"
              {...field(`${base}.time`, true)}
              value={value.time}
              onChange={(e) => onChange({ ...value, time: e.target.value })}
            />
          </CharterField>
        )}
      </div>
    </fieldset>
  );
}

/** The deadlines fieldset: one group of fields per deadline. */
export function CharterDeadlines({
  deadlines,
  onChange,
  problems,
}: {
  deadlines: CharterForm['deadlines'];
  onChange: (deadlines: CharterForm['deadlines']) => void;
  problems: Problem[];
}) {
  const { t } = useLocale();
  return (
    <fieldset>
      <legend className="ch-legend">{t('ch.deadlinesLegend')}</legend>
      <p className="form-hint">{t('ch.deadlinesHint')}</p>
      {DEADLINE_NAMES.map((n) => (
        <DeadlineFields
          key={n}
          name={n}
          value={deadlines[n]}
          problems={problems}
          onChange={(d) => onChange({ ...deadlines, [n]: d })}
        />
      ))}
    </fieldset>
  );
}
