/**
 * The charter editor's approval and items: who approves, the item types allowed, the capacity, the
 * title prefix and whether closed items' titles show.
 */
import { APPROVERS, type CharterForm, ITEM_TYPES } from '../charter-form.ts';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import {
  CharterField,
  FieldError,
  groupClass,
  ItemTypeChecks,
  idOf,
  type Problem,
  type SetField,
  useField,
} from './charter-fields.tsx';

export function CharterApproval({
  form,
  set,
  problems,
}: {
  form: CharterForm;
  set: SetField;
  problems: Problem[];
}) {
  const { t } = useLocale();
  const field = useField(problems);
  return (
    <fieldset>
      <legend className="ch-legend">{t('ch.approvalLegend')}</legend>
      <CharterField path="approver" label={t('ch.approver')} problems={problems}>
        <select
          className="form-select"
          {...field('approver')}
          value={form.approver}
          onChange={(e) => set('approver', e.target.value as CharterForm['approver'])}
        >
          {APPROVERS.map((a) => (
            <option key={a} value={a}>
              {t(`ch.approver.${a}` as MessageKey)}
            </option>
          ))}
        </select>
      </CharterField>
      <fieldset className={groupClass(problems, `itemTypes.${ITEM_TYPES[0]}`)}>
        <legend className="form-label">{t('ch.itemTypes')}</legend>
        <FieldError path={`itemTypes.${ITEM_TYPES[0]}`} problems={problems} />
        <ItemTypeChecks
          path="itemTypes"
          value={form.itemTypes}
          onChange={(types) => set('itemTypes', types)}
        />
      </fieldset>
      <div className="ch-inline">
        {(['maxThemes', 'maxMinutes'] as const).map((k) => (
          <CharterField key={k} path={`capacity.${k}`} label={t(`ch.${k}`)} problems={problems}>
            <input
              type="text"
              inputMode="numeric"
              className="form-input input-width-xs"
              {...field(`capacity.${k}`)}
              value={form[k]}
              onChange={(e) => set(k, e.target.value)}
            />
          </CharterField>
        ))}
      </div>
      <CharterField
        path="titlePrefix"
        label={t('ch.titlePrefix')}
        hint={t('ch.titlePrefixHint')}
        problems={problems}
      >
        <input
          type="text"
          className="form-input input-width-s"
          {...field('titlePrefix', true)}
          value={form.titlePrefix}
          onChange={(e) => set('titlePrefix', e.target.value)}
        />
      </CharterField>
      <div className="form-group form-group-checkbox">
        <input
          type="checkbox"
          className="form-checkbox checkbox-large"
          id={idOf('showClosedTitles')}
          checked={form.showClosedTitles}
          onChange={(e) => set('showClosedTitles', e.target.checked)}
        />
        <label htmlFor={idOf('showClosedTitles')}>{t('ch.showClosedTitles')}</label>
      </div>
    </fieldset>
  );
}
