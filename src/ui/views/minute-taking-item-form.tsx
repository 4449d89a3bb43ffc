/**
 * Minute-taking: the fields of one item's minutes — presence, one outcome per recommendation,
 * decision, "Skal kommunikeres ud" and follow-ups — read-only once finalised or moved.
 */
import { useLocale } from '../locale.tsx';
import type { MinuteTakingData } from '../minute-taking-data.ts';
import { type ItemForm, setPresence } from '../minute-taking-logic.ts';
import type { AgendaItem } from '../types.ts';
import { fieldId, TextArea } from './minute-taking-fields.tsx';
import { FollowUpFields } from './minute-taking-follow-ups.tsx';
import { OutcomeFields } from './minute-taking-outcomes.tsx';
import { PresenceFields } from './minute-taking-presence.tsx';

export function ItemFields({
  item,
  form,
  members,
  data,
  org,
  forum,
  readOnly,
  errorsFor,
  update,
}: {
  item: AgendaItem;
  form: ItemForm;
  members: MinuteTakingData['forum']['members'];
  data: MinuteTakingData;
  org: string;
  forum: string;
  readOnly: boolean;
  errorsFor: (field: string) => string[];
  update: (change: (f: ItemForm) => ItemForm) => void;
}) {
  const { t } = useLocale();
  const itemId = item.itemId;
  return (
    <fieldset disabled={readOnly} className="mt-fields">
      <legend className="sr-only">
        {item.number}. {item.title}
      </legend>
      <PresenceFields
        members={members}
        form={form}
        itemId={itemId}
        errors={errorsFor('presence')}
        onChange={(personId, presence) => update((f) => setPresence(f, personId, presence))}
      />
      {form.outcomes.map((o, i) => (
        <OutcomeFields
          // biome-ignore lint/suspicious/noArrayIndexKey: outcomes are positional (one per recommendation).
          key={i}
          index={i}
          itemId={itemId}
          recommendation={item.recommendations[i] ?? null}
          outcome={o}
          data={data}
          org={org}
          forum={forum}
          errorsFor={errorsFor}
          onChange={(patch) =>
            update((f) => ({
              ...f,
              outcomes: f.outcomes.map((x, n) => (n === i ? { ...x, ...patch } : x)),
            }))
          }
        />
      ))}
      <TextArea
        id={fieldId('decision')}
        label={t('mt.decision')}
        hint={t('mt.decisionHint')}
        rows={6}
        value={form.decision}
        errors={errorsFor('decision')}
        onChange={(decision) => update((f) => ({ ...f, decision }))}
      />
      <div className="form-group">
        <div className="form-group-checkbox">
          <input
            type="checkbox"
            className="form-checkbox"
            id={fieldId('communicate')}
            checked={form.communicate}
            onChange={(e) => {
              const include = e.target.checked;
              update((f) => ({ ...f, communicate: include }));
            }}
          />
          <label className="form-label" htmlFor={fieldId('communicate')}>
            {t('mt.communicate')}
          </label>
        </div>
      </div>
      {form.communicate && (
        <TextArea
          id={fieldId('communicate-text')}
          label={t('mt.communicateText')}
          hint={t('mt.communicateHint')}
          rows={3}
          value={form.communicateText}
          errors={[]}
          onChange={(communicateText) => update((f) => ({ ...f, communicateText }))}
        />
      )}
      <FollowUpFields
        form={form}
        people={data.people}
        later={data.later}
        org={org}
        forum={forum}
        errorsFor={errorsFor}
        onChange={(followUps) => update((f) => ({ ...f, followUps }))}
      />
    </fieldset>
  );
}
