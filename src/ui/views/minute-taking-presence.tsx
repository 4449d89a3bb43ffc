/** Minute-taking: who of the forum's members was present, absent or conflicted for the item. */
import { FieldErrorMessage } from '../field-errors.tsx';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import type { MinuteTakingData } from '../minute-taking-data.ts';
import { type ItemForm, type Presence, presenceOf } from '../minute-taking-logic.ts';
import { fieldId } from './minute-taking-fields.tsx';

export function PresenceFields({
  members,
  form,
  itemId,
  errors,
  onChange,
}: {
  members: MinuteTakingData['forum']['members'];
  form: ItemForm;
  itemId: string;
  errors: string[];
  onChange: (personId: string, presence: Presence) => void;
}) {
  const { t } = useLocale();
  const id = fieldId('presence');
  return (
    <fieldset
      id={id}
      className={`mt-group${errors.length > 0 ? ' form-error' : ''}`}
      aria-describedby={`${id}-hint${errors.length > 0 ? ` ${id}-error` : ''}`}
    >
      <legend className="form-label mt-legend">{t('mt.presence')}</legend>
      <span className="form-hint" id={`${id}-hint`}>
        {t('mt.presenceHint')}
      </span>
      <FieldErrorMessage id={id} errors={errors} />
      <ul className="nobullet-list mt-presence">
        {members.map((member) => {
          const current = presenceOf(form, member.personId);
          const name = `${itemId}-presence-${member.personId}`;
          return (
            <li key={member.personId}>
              <fieldset className="mt-presence-person">
                <legend className="mt-person-name">
                  {member.name}
                  <span className="meta">, {member.title}</span>
                </legend>
                <div className="mt-inline-radios">
                  {(['present', 'absent', 'conflict'] as const).map((p) => (
                    <div className="form-group-radio" key={p}>
                      <input
                        type="radio"
                        className="form-radio"
                        id={`${name}-${p}`}
                        name={name}
                        value={p}
                        checked={current === p}
                        onChange={() => onChange(member.personId, p)}
                      />
                      <label className="form-label" htmlFor={`${name}-${p}`}>
                        {t(`mt.presence.${p}` as MessageKey)}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
