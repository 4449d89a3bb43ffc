/**
 * The charter editor's item template: its sections with heading and the item types that require them,
 * moved up or down, removed and added by buttons (focus stays on the button pressed, and each change
 * is announced).
 */
import { useEffect, useState } from 'react';
import { addSection, moveSection, removeSection, type SectionForm } from '../charter-form.ts';
import { useLocale } from '../locale.tsx';
import { CharterField, FieldError, ItemTypeChecks, idOf, type Problem, useField } from './charter-fields.tsx';

export function CharterSections({
  sections,
  onChange,
  problems,
  announce,
}: {
  sections: SectionForm[];
  onChange: (s: SectionForm[]) => void;
  problems: Problem[];
  announce: (text: string) => void;
}) {
  const { t } = useLocale();
  const field = useField(problems);
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);
  const name = (s: SectionForm) => s.heading.trim() || t('ch.newSection');
  const update = (i: number, patch: Partial<SectionForm>) =>
    onChange(sections.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, delta: -1 | 1) => {
    const s = sections[i];
    if (!s) return;
    const moved = moveSection(sections, i, delta);
    onChange(moved);
    const to = i + delta;
    // Keep the focus on the button pressed, or on the other one once the section reaches an end.
    const up = delta === -1 ? to > 0 : to === moved.length - 1;
    setFocus(`ch-section-${s.uid}-${up ? 'up' : 'down'}`);
    announce(`«${name(s)}» ${t('ch.movedTo')} ${to + 1}.`);
  };
  return (
    <fieldset>
      <legend className="ch-legend">{t('ch.templateLegend')}</legend>
      <p className="form-hint">{t('ch.templateHint')}</p>
      {sections.length === 0 ? (
        <p>{t('ch.noSections')}</p>
      ) : (
        <ol className="ch-section-list">
          {sections.map((s, i) => {
            const path = `template.${i}`;
            return (
              <li key={s.uid} className="ch-section">
                <fieldset>
                  <legend className="form-label">
                    {t('ch.section')} {i + 1}: {name(s)}
                  </legend>
                  <CharterField path={`${path}.heading`} label={t('ch.heading')} problems={problems}>
                    <input
                      type="text"
                      className="form-input"
                      {...field(`${path}.heading`)}
                      value={s.heading}
                      onChange={(e) => update(i, { heading: e.target.value })}
                    />
                  </CharterField>
                  <fieldset className="form-group">
                    <legend className="form-label">{t('ch.requiredFor')}</legend>
                    <ItemTypeChecks
                      path={`${path}.requiredFor`}
                      value={s.requiredFor}
                      onChange={(types) => update(i, { requiredFor: types })}
                    />
                  </fieldset>
                  <div className="ch-section-tools">
                    <button
                      type="button"
                      id={`ch-section-${s.uid}-up`}
                      className="button button-secondary"
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                    >
                      {t('ch.moveUp')}
                      <span className="sr-only">: {name(s)}</span>
                    </button>
                    <button
                      type="button"
                      id={`ch-section-${s.uid}-down`}
                      className="button button-secondary"
                      disabled={i === sections.length - 1}
                      onClick={() => move(i, 1)}
                    >
                      {t('ch.moveDown')}
                      <span className="sr-only">: {name(s)}</span>
                    </button>
                    <button
                      type="button"
                      className="button button-tertiary"
                      onClick={() => {
                        onChange(removeSection(sections, i));
                        const next = sections[i + 1] ?? sections[i - 1];
                        setFocus(
                          next
                            ? idOf(`template.${i < sections.length - 1 ? i : i - 1}.heading`)
                            : idOf('template.add'),
                        );
                        announce(`«${name(s)}» ${t('ch.removed')}`);
                      }}
                    >
                      {t('ch.remove')}
                      <span className="sr-only">: {name(s)}</span>
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <FieldError path="template.add" problems={problems} />
      <button
        type="button"
        id={idOf('template.add')}
        className="button button-secondary"
        onClick={() => {
          onChange(addSection(sections));
          setFocus(idOf(`template.${sections.length}.heading`));
          announce(t('ch.added'));
        }}
      >
        {t('ch.addSection')}
      </button>
    </fieldset>
  );
}
