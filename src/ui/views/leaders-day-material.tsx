/** The material links of the organisers' form: a title and an address per link, added and removed. */
import { type MaterialForm, newMaterial } from '../leaders-day-data.ts';
import { useLocale } from '../locale.tsx';

/** What an input of the form gets: its id, whether it is invalid and what describes it. */
export interface InputProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** A labelled form group with its hint and errors around the input of the field `name`. */
export type FieldGroup = (
  name: string,
  label: string,
  input: (props: InputProps) => React.ReactNode,
  hint?: string,
) => React.ReactNode;

export function MaterialFields({
  material,
  onChange,
  id,
  field,
}: {
  material: MaterialForm[];
  onChange: (material: MaterialForm[]) => void;
  /** The id of a named input of the form. */
  id: (name: string) => string;
  field: FieldGroup;
}) {
  const { t } = useLocale();
  const set = (uid: string, change: Partial<MaterialForm>) =>
    onChange(material.map((m) => (m.uid === uid ? { ...m, ...change } : m)));
  return (
    <fieldset>
      <legend className="ld-legend">{t('leadersDay.materialLegend')}</legend>
      {material.length === 0 && <p className="meta">{t('leadersDay.materialNone')}</p>}
      {material.map((m, i) => (
        <fieldset key={m.uid} className="ld-material">
          <legend className="form-label">
            {t('leadersDay.materialRow')} {i + 1}
          </legend>
          {field(`material-${m.uid}-title`, t('leadersDay.materialTitle'), (props) => (
            <input
              type="text"
              className="form-input"
              {...props}
              value={m.title}
              onChange={(e) => set(m.uid, { title: e.target.value })}
            />
          ))}
          {field(`material-${m.uid}-url`, t('leadersDay.materialUrl'), (props) => (
            <input
              type="url"
              className="form-input"
              {...props}
              value={m.url}
              onChange={(e) => set(m.uid, { url: e.target.value })}
            />
          ))}
          <button
            type="button"
            className="button button-tertiary ld-button"
            onClick={() => {
              onChange(material.filter((x) => x.uid !== m.uid));
              document.getElementById(id('material-add'))?.focus();
            }}
          >
            {t('leadersDay.materialRemove')} {i + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        id={id('material-add')}
        className="button button-secondary ld-button"
        onClick={() => {
          const row = newMaterial();
          onChange([...material, row]);
          requestAnimationFrame(() => document.getElementById(id(`material-${row.uid}-title`))?.focus());
        }}
      >
        {t('leadersDay.materialAdd')}
      </button>
    </fieldset>
  );
}
