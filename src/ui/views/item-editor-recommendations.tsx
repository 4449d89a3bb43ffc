/** The item editor's numbered recommendations: edit, move up/down (no dragging), remove, add. */

import { move } from '../item-editor-state.ts';
import { useLocale } from '../locale.tsx';
import type { FieldErrors } from './item-editor-fields.tsx';

export function RecommendationsBlock({
  recommendations,
  isDecision,
  fe: { err, errId, errorOf, group },
  onChange,
}: {
  recommendations: string[];
  /** A decision item needs at least one (the hint says so). */
  isDecision: boolean;
  fe: FieldErrors;
  /** The new list, and the id of the control to focus after it (moving and removing). */
  onChange: (list: string[], focus?: string) => void;
}) {
  const { t } = useLocale();
  return (
    <fieldset className={`${group('recommendations')} editor-recommendations`}>
      <legend className="h3">{t('editor.recommendations')}</legend>
      <p className="form-hint" id="editor-rec-hint">
        {t('editor.recommendationsHint')}
        {isDecision && ` ${t('editor.recommendationsRequired')}`}
      </p>
      {err('recommendations')}
      {recommendations.length > 0 && (
        <ol className="editor-rec-list">
          {recommendations.map((r, i) => {
            const n = i + 1;
            const field = `recommendations.${i}`;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list's entries are edited in place; the position is the identity.
              <li key={i} className={group(field)}>
                <label className="form-label" htmlFor={`editor-rec-${i}`}>
                  {t('editor.recommendation')} {n}
                </label>
                {err(field)}
                <div className="editor-rec-row">
                  <input
                    id={`editor-rec-${i}`}
                    className="form-input"
                    value={r}
                    aria-describedby={errId(field) ?? 'editor-rec-hint'}
                    aria-invalid={errorOf(field) ? true : undefined}
                    onChange={(e) => onChange(recommendations.map((x, j) => (j === i ? e.target.value : x)))}
                  />
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={i === 0}
                    aria-label={`${t('editor.moveUp')}: ${t('editor.recommendation')} ${n}`}
                    onClick={() =>
                      onChange(
                        move(recommendations, i, -1),
                        i - 1 === 0 ? 'editor-rec-down-0' : `editor-rec-up-${i - 1}`,
                      )
                    }
                    id={`editor-rec-up-${i}`}
                  >
                    {t('editor.moveUp')}
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={i === recommendations.length - 1}
                    aria-label={`${t('editor.moveDown')}: ${t('editor.recommendation')} ${n}`}
                    onClick={() =>
                      onChange(
                        move(recommendations, i, 1),
                        i + 1 === recommendations.length - 1
                          ? `editor-rec-up-${i + 1}`
                          : `editor-rec-down-${i + 1}`,
                      )
                    }
                    id={`editor-rec-down-${i}`}
                  >
                    {t('editor.moveDown')}
                  </button>
                  <button
                    type="button"
                    className="button button-tertiary"
                    aria-label={`${t('editor.remove')}: ${t('editor.recommendation')} ${n}`}
                    onClick={() =>
                      onChange(
                        recommendations.filter((_, j) => j !== i),
                        recommendations.length > 1 ? `editor-rec-${Math.max(0, i - 1)}` : 'editor-rec-add',
                      )
                    }
                  >
                    {t('editor.remove')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <button
        type="button"
        id="editor-rec-add"
        className="button button-secondary"
        onClick={() => onChange([...recommendations, ''], `editor-rec-${recommendations.length}`)}
      >
        {t('editor.addRecommendation')}
      </button>
    </fieldset>
  );
}
