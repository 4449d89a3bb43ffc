/**
 * Form pieces shared by the working group and work programme forms: a labelled field with hint and
 * its error at the field, and the error summary whose entries lead to the fields.
 */
import type { ReactNode, Ref } from 'react';
import { ErrorSummary, FieldErrorMessage } from '../field-errors.tsx';

export interface FieldAria {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** A DKFDS form group: label, hint, the error message, then the input made by `children`. */
export function Field({
  id,
  label,
  hint,
  error,
  errorPrefix,
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  /** Read before the error by a screen reader ("Fejl"). */
  errorPrefix: string;
  className?: string;
  children: (aria: FieldAria) => ReactNode;
}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`form-group${error ? ' form-error' : ''}${className ? ` ${className}` : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <FieldErrorMessage id={id} errors={error ? [error] : []} prefix={errorPrefix} />
      {children({
        id,
        ...(described && { 'aria-describedby': described }),
        ...(error && { 'aria-invalid': true as const }),
      })}
    </div>
  );
}

export interface ShownProblem {
  path: string;
  /** The field's id, or null for a problem of the whole form. */
  target: string | null;
  /** "Navn: skal udfyldes". */
  text: string;
  /** "skal udfyldes", shown at the field. */
  message: string;
}

export function FormProblems({
  heading,
  problems,
  summaryRef,
}: {
  heading: string;
  problems: readonly ShownProblem[];
  summaryRef: Ref<HTMLDivElement>;
}) {
  return (
    <ErrorSummary
      heading={heading}
      className="wg-summary"
      entries={problems.map((p) => ({ key: p.path, text: p.text, target: p.target }))}
      summaryRef={summaryRef}
    />
  );
}
