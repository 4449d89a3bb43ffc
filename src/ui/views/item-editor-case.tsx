/** The item editor's case: the case number, the case it names, and KLE topic suggestions to apply. */
import type { CaseView, KleSuggestion } from '../item-editor-data.ts';
import { useLocale } from '../locale.tsx';
import { type FieldErrors, TextInput } from './item-editor-fields.tsx';

export function CaseField({
  caseNumber,
  caseView,
  kle,
  busy,
  fe,
  onChange,
  onSuggest,
  onApply,
}: {
  caseNumber: string;
  caseView: CaseView | null;
  /** The suggestions asked for (null: not asked yet). */
  kle: KleSuggestion[] | null;
  busy: boolean;
  fe: FieldErrors;
  onChange: (caseNumber: string) => void;
  onSuggest: () => void;
  onApply: (suggestion: KleSuggestion) => void;
}) {
  const { t } = useLocale();
  return (
    <TextInput
      fe={fe}
      field="caseNumber"
      id="editor-case"
      label={t('editor.caseNumber')}
      hint={t('editor.caseNumberHint')}
      width="l"
      value={caseNumber}
      onChange={onChange}
    >
      {caseView && caseView.caseNumber === caseNumber.trim() && (
        <p className="meta editor-case-title">
          {caseView.title}
          {caseView.kleTopicTitle && ` · ${caseView.kleTopicTitle}`}
        </p>
      )}
      <div className="editor-kle">
        <button type="button" className="button button-secondary" aria-disabled={busy} onClick={onSuggest}>
          {t('editor.kleSuggest')}
        </button>
        {kle && kle.length > 0 && (
          <ul className="nobullet-list editor-kle-list" aria-label={t('editor.kleSuggestions')}>
            {kle.map((s) => (
              <li key={s.topic}>
                <span className="editor-kle-topic">
                  {s.topic} {s.title}
                </span>{' '}
                <button
                  type="button"
                  className="button button-tertiary"
                  aria-label={`${t('editor.kleApply')}: ${s.topic} ${s.title}`}
                  onClick={() => onApply(s)}
                >
                  {t('editor.kleApply')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </TextInput>
  );
}
