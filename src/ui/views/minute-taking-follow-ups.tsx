/** Minute-taking: the item's follow-ups, each with what, owner, and a due date or a later meeting. */
import { useEffect, useRef } from 'react';
import { FieldErrorMessage } from '../field-errors.tsx';
import { useLocale } from '../locale.tsx';
import type { MinuteTakingData } from '../minute-taking-data.ts';
import { fill, type ItemForm, newFollowUp } from '../minute-taking-logic.ts';
import type { CalendarEntry } from '../types.ts';
import { fieldId } from './minute-taking-fields.tsx';
import { MeetingSelect } from './minute-taking-meeting-select.tsx';

export function FollowUpFields({
  form,
  people,
  later,
  org,
  forum,
  errorsFor,
  onChange,
}: {
  form: ItemForm;
  people: MinuteTakingData['people'];
  later: CalendarEntry[];
  org: string;
  forum: string;
  errorsFor: (field: string) => string[];
  onChange: (followUps: ItemForm['followUps']) => void;
}) {
  const { t } = useLocale();
  const patch = (key: string, change: Partial<ItemForm['followUps'][number]>) =>
    onChange(form.followUps.map((f) => (f.key === key ? { ...f, ...change } : f)));
  const addRef = useRef(false);
  useEffect(() => {
    if (!addRef.current) return;
    addRef.current = false;
    const last = form.followUps[form.followUps.length - 1];
    if (last) document.getElementById(fieldId(`followup-${last.key}-title`))?.focus();
  }, [form.followUps]);
  return (
    <fieldset id={fieldId('followups')} className="mt-group">
      <legend className="form-label mt-legend">{t('mt.followUps')}</legend>
      {form.followUps.length === 0 && <p className="meta">{t('mt.followUpsNone')}</p>}
      {form.followUps.map((f, i) => {
        const base = `followup-${f.key}`;
        const n = i + 1;
        const groupErrors = errorsFor(base);
        return (
          <fieldset
            key={f.key}
            id={fieldId(base)}
            className={`mt-followup${groupErrors.length > 0 ? ' form-error' : ''}`}
          >
            <legend className="mt-followup-legend">{fill(t('mt.followUpN'), { n })}</legend>
            <FieldErrorMessage id={fieldId(base)} errors={groupErrors} />
            <div className={`form-group${errorsFor(`${base}-title`).length > 0 ? ' form-error' : ''}`}>
              <label className="form-label" htmlFor={fieldId(`${base}-title`)}>
                {t('mt.followUpTitle')}
              </label>
              <FieldErrorMessage id={fieldId(`${base}-title`)} errors={errorsFor(`${base}-title`)} />
              <input
                id={fieldId(`${base}-title`)}
                className="form-input"
                value={f.title}
                onChange={(e) => patch(f.key, { title: e.target.value })}
              />
            </div>
            <div className="mt-followup-row">
              <div className={`form-group${errorsFor(`${base}-owner`).length > 0 ? ' form-error' : ''}`}>
                <label className="form-label" htmlFor={fieldId(`${base}-owner`)}>
                  {t('mt.followUpOwner')}
                </label>
                <FieldErrorMessage id={fieldId(`${base}-owner`)} errors={errorsFor(`${base}-owner`)} />
                <select
                  id={fieldId(`${base}-owner`)}
                  className="form-select"
                  value={f.ownerPersonId}
                  onChange={(e) => patch(f.key, { ownerPersonId: e.target.value })}
                >
                  <option value="">{t('mt.choose')}</option>
                  {people.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                      {p.title ? `, ${p.title}` : ''}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <fieldset className="mt-followup-when">
              <legend className="form-label">{t('mt.followUpWhen')}</legend>
              <div className="mt-inline-radios">
                {(['date', 'meeting'] as const).map((kind) => (
                  <div className="form-group-radio" key={kind}>
                    <input
                      type="radio"
                      className="form-radio"
                      id={fieldId(`${base}-when-${kind}`)}
                      name={fieldId(`${base}-when`)}
                      value={kind}
                      checked={f.dueKind === kind}
                      onChange={() => patch(f.key, { dueKind: kind })}
                    />
                    <label className="form-label" htmlFor={fieldId(`${base}-when-${kind}`)}>
                      {t(kind === 'date' ? 'mt.followUpByDate' : 'mt.followUpAtMeeting')}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
            {f.dueKind === 'date' ? (
              <div className={`form-group${errorsFor(`${base}-due`).length > 0 ? ' form-error' : ''}`}>
                <label className="form-label" htmlFor={fieldId(`${base}-due`)}>
                  {t('mt.followUpDue')}
                </label>
                <FieldErrorMessage id={fieldId(`${base}-due`)} errors={errorsFor(`${base}-due`)} />
                <input
                  id={fieldId(`${base}-due`)}
                  type="date"
                  className="form-input"
                  value={f.dueDate}
                  onChange={(e) => patch(f.key, { dueDate: e.target.value })}
                />
              </div>
            ) : (
              <MeetingSelect
                id={fieldId(`${base}-meeting`)}
                label={t('mt.followUpMeeting')}
                value={f.dueMeetingId}
                later={later}
                org={org}
                forum={forum}
                errors={errorsFor(`${base}-meeting`)}
                onChange={(dueMeetingId) => patch(f.key, { dueMeetingId })}
              />
            )}
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => onChange(form.followUps.filter((x) => x.key !== f.key))}
            >
              {fill(t('mt.removeFollowUp'), { n })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          addRef.current = true;
          onChange([...form.followUps, newFollowUp()]);
        }}
      >
        {t('mt.addFollowUp')}
      </button>
    </fieldset>
  );
}
