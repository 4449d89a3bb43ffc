/** Minute-taking: the outcome of one recommendation (or of the item), with its target and note. */
import { FieldErrorMessage } from '../field-errors.tsx';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import type { MinuteTakingData } from '../minute-taking-data.ts';
import { fill, OUTCOME_KINDS, type OutcomeForm } from '../minute-taking-logic.ts';
import { fieldId, TextArea } from './minute-taking-fields.tsx';
import { MeetingSelect } from './minute-taking-meeting-select.tsx';

export function OutcomeFields({
  index,
  itemId,
  recommendation,
  outcome,
  data,
  org,
  forum,
  errorsFor,
  onChange,
}: {
  index: number;
  itemId: string;
  recommendation: string | null;
  outcome: OutcomeForm;
  data: MinuteTakingData;
  org: string;
  forum: string;
  errorsFor: (field: string) => string[];
  onChange: (patch: Partial<OutcomeForm>) => void;
}) {
  const { t } = useLocale();
  const id = fieldId(`outcome-${index}`);
  const errors = errorsFor(`outcome-${index}`);
  const name = `${itemId}-outcome-${index}`;
  const n = index + 1;
  return (
    <fieldset
      id={id}
      className={`mt-group${errors.length > 0 ? ' form-error' : ''}`}
      aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
    >
      <legend className="form-label mt-legend">
        {recommendation === null ? t('mt.outcomeOverall') : fill(t('mt.outcomeFor'), { n })}
        {recommendation !== null && <span className="mt-recommendation">{recommendation}</span>}
      </legend>
      <FieldErrorMessage id={id} errors={errors} />
      <div className="mt-radios">
        {OUTCOME_KINDS.map((kind) => (
          <div className="form-group-radio" key={kind}>
            <input
              type="radio"
              className="form-radio"
              id={`${name}-${kind}`}
              name={name}
              value={kind}
              checked={outcome.kind === kind}
              onChange={() => onChange({ kind })}
            />
            <label className="form-label" htmlFor={`${name}-${kind}`}>
              {t(`mt.outcome.${kind}` as MessageKey)}
            </label>
          </div>
        ))}
      </div>
      {outcome.kind === 'postponed' && (
        <MeetingSelect
          id={fieldId(`outcome-${index}-target`)}
          label={t('mt.postponeTo')}
          value={outcome.postponeTo}
          later={data.later}
          org={org}
          forum={forum}
          queue
          errors={errorsFor(`outcome-${index}-target`)}
          onChange={(postponeTo) => onChange({ postponeTo })}
        />
      )}
      {outcome.kind === 'referred' && (
        <>
          <div className={`form-group${errorsFor(`outcome-${index}-forum`).length > 0 ? ' form-error' : ''}`}>
            <label className="form-label" htmlFor={fieldId(`outcome-${index}-forum`)}>
              {t('mt.referTo')}
            </label>
            <FieldErrorMessage
              id={fieldId(`outcome-${index}-forum`)}
              errors={errorsFor(`outcome-${index}-forum`)}
            />
            <select
              id={fieldId(`outcome-${index}-forum`)}
              className="form-select"
              value={outcome.targetForumId}
              onChange={(e) => onChange({ targetForumId: e.target.value })}
            >
              <option value="">{t('mt.choose')}</option>
              {data.forums.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          </div>
          <TextArea
            id={fieldId(`outcome-${index}-reason`)}
            label={t('mt.referReason')}
            rows={2}
            value={outcome.reason}
            errors={errorsFor(`outcome-${index}-reason`)}
            onChange={(reason) => onChange({ reason })}
          />
        </>
      )}
      {outcome.kind !== null && (
        <div className="form-group">
          <label className="form-label" htmlFor={fieldId(`outcome-${index}-note`)}>
            {fill(t('mt.outcomeNote'), { n })}
          </label>
          <input
            id={fieldId(`outcome-${index}-note`)}
            className="form-input"
            value={outcome.note}
            onChange={(e) => onChange({ note: e.target.value })}
          />
        </div>
      )}
    </fieldset>
  );
}
