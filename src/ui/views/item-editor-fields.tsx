/**
 * The item editor's per-field error helpers (the message, its id for aria-describedby, the group
 * class) and its labelled text input with hint and error.
 */
import type { HTMLAttributes, ReactNode } from 'react';
import { FieldErrorMessage } from '../field-errors.tsx';
import { problemText } from '../item-editor-problems.ts';
import type { FieldError } from '../item-editor-state.ts';
import { useLocale } from '../locale.tsx';

export interface FieldErrors {
  /** The API's problem of the field, if any. */
  errorOf: (field: string) => string | undefined;
  /** The field's error message, or null. */
  err: (field: string) => ReactNode;
  /** The id of the field's error message, if it has one. */
  errId: (field: string) => string | undefined;
  /** The class of the field's form group. */
  group: (field: string) => string;
}

const messageId = (field: string) => field.replace(/\./g, '-');

export function useFieldErrors(errors: readonly FieldError[]): FieldErrors {
  const { t } = useLocale();
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.problem;
  return {
    errorOf,
    err: (field) => {
      const problem = errorOf(field);
      return problem ? (
        <FieldErrorMessage
          id={messageId(field)}
          errors={[problemText(t, problem)]}
          prefix={t('editor.errorPrefix')}
        />
      ) : null;
    },
    errId: (field) => (errorOf(field) ? `${messageId(field)}-error` : undefined),
    group: (field) => `form-group${errorOf(field) ? ' form-error' : ''}`,
  };
}

/** A labelled text input of the form: hint, error message, then anything after the input. */
export function TextInput({
  fe,
  field,
  id,
  label,
  hint,
  width,
  value,
  maxLength,
  inputMode,
  onChange,
  children,
}: {
  fe: FieldErrors;
  /** The field's name in the API's problems. */
  field: string;
  id: string;
  label: string;
  hint?: string;
  width: 'xs' | 'l' | 'xl';
  value: string;
  maxLength?: number;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  onChange: (value: string) => void;
  children?: ReactNode;
}) {
  return (
    <div className={fe.group(field)}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {fe.err(field)}
      <input
        id={id}
        className={`form-input input-width-${width}`}
        value={value}
        maxLength={maxLength}
        inputMode={inputMode}
        aria-describedby={fe.errId(field) ?? (hint ? `${id}-hint` : undefined)}
        aria-invalid={fe.errorOf(field) ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {children}
    </div>
  );
}
