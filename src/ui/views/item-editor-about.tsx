/** The item editor's first fields: title, type, time, presenters, closed with its legal basis. */
import type { EditorState, ItemType } from '../item-editor-state.ts';
import { useLocale } from '../locale.tsx';
import { type FieldErrors, TextInput } from './item-editor-fields.tsx';

export function AboutFields({
  state,
  itemTypes,
  fe,
  set,
}: {
  state: EditorState;
  itemTypes: ItemType[];
  fe: FieldErrors;
  set: <K extends keyof EditorState>(key: K, value: EditorState[K]) => void;
}) {
  const { t, tx } = useLocale();
  const { err, errId, group } = fe;
  return (
    <>
      <TextInput
        fe={fe}
        field="title"
        id="editor-title"
        label={t('editor.title')}
        width="xl"
        value={state.title}
        maxLength={300}
        onChange={(v) => set('title', v)}
      />
      <fieldset className={group('type')} aria-describedby={errId('type')}>
        <legend className="form-label">{t('editor.type')}</legend>
        {err('type')}
        <ul className="nobullet-list">
          {itemTypes.map((type, i) => (
            <li key={type} className="form-group-radio">
              <input
                type="radio"
                className="form-radio radio-large"
                id={`editor-type-${i}`}
                name="editor-type"
                value={type}
                checked={state.type === type}
                onChange={() => set('type', type)}
              />
              <label className="form-label" htmlFor={`editor-type-${i}`}>
                {tx('type', type)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <TextInput
        fe={fe}
        field="durationMinutes"
        id="editor-duration"
        label={t('editor.duration')}
        hint={t('editor.durationHint')}
        width="xs"
        inputMode="numeric"
        value={state.duration}
        onChange={(v) => set('duration', v)}
      />
      <TextInput
        fe={fe}
        field="presenters"
        id="editor-presenters"
        label={t('editor.presenters')}
        hint={t('editor.presentersHint')}
        width="xl"
        value={state.presenters}
        onChange={(v) => set('presenters', v)}
      />
      <div className={group('closed')}>
        <div className="form-group-checkbox">
          <input
            type="checkbox"
            className="form-checkbox checkbox-large"
            id="editor-closed"
            checked={state.closed}
            onChange={(e) => set('closed', e.target.checked)}
          />
          <label className="form-label" htmlFor="editor-closed">
            {t('editor.closed')}
          </label>
        </div>
      </div>
      {state.closed && (
        <TextInput
          fe={fe}
          field="closedBasis"
          id="editor-closed-basis"
          label={t('editor.closedBasis')}
          hint={t('editor.closedBasisHint')}
          width="xl"
          value={state.closedBasis}
          onChange={(v) => set('closedBasis', v)}
        />
      )}
    </>
  );
}
