/** The shared pieces of minute-taking's form: field ids and the labelled text area. */
import { FieldErrorMessage } from '../field-errors.tsx';

/** The prefix of the page's ids. */
export const P = 'mt';
export const fieldId = (field: string) => `${P}-${field}`;

export function TextArea({
  id,
  label,
  hint,
  rows,
  value,
  errors,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  rows: number;
  value: string;
  errors: string[];
  onChange: (value: string) => void;
}) {
  const described = [hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`form-group${errors.length > 0 ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <FieldErrorMessage id={id} errors={errors} />
      <textarea
        id={id}
        className="form-input"
        rows={rows}
        value={value}
        aria-describedby={described || undefined}
        aria-invalid={errors.length > 0 || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
