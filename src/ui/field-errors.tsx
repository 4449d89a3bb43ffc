/**
 * The error summary at the top of a form and the error message of one field (DKFDS markup), as the
 * item editor and minute-taking show them: the summary takes focus when shown (the view passes its
 * ref), each entry links to its field, and a field's message is `<id>-error` for aria-describedby.
 */
import { type Ref, type RefObject, useEffect, useRef, useState } from 'react';

/** Focuses a field by id (a fieldset gives focus to its checked, else first, input); false if none. */
export function focusField(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  const target =
    el.tagName === 'FIELDSET'
      ? (el.querySelector<HTMLElement>('input:checked') ??
        el.querySelector<HTMLElement>('input, select, textarea'))
      : el;
  if (!target) return false;
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
  return true;
}

/** A field's error message; nothing without errors. `prefix` is read before it ("Fejl: …"). */
export function FieldErrorMessage({
  id,
  errors,
  prefix,
}: {
  id: string;
  errors: readonly string[];
  prefix?: string;
}) {
  if (errors.length === 0) return null;
  return (
    <span className="form-error-message" id={`${id}-error`}>
      {prefix && <span className="sr-only">{prefix}: </span>}
      {errors.join(' ')}
    </span>
  );
}

export interface SummaryEntry {
  key: string;
  text: string;
  /** The id of the field to focus, or null for a problem of the whole form. */
  target: string | null;
}

/**
 * The summary of a form's problems (role="alert", focusable). With `headingId` the heading is an
 * h2 that names the alert; without, a paragraph. `plainList` drops the bullets.
 */
export function ErrorSummary({
  heading,
  headingId,
  entries,
  className,
  plainList = false,
  summaryRef,
}: {
  heading: string;
  headingId?: string;
  entries: readonly SummaryEntry[];
  className?: string;
  plainList?: boolean;
  summaryRef: Ref<HTMLDivElement>;
}) {
  if (entries.length === 0) return null;
  return (
    <div
      className={`alert alert-error${className ? ` ${className}` : ''}`}
      role="alert"
      tabIndex={-1}
      ref={summaryRef}
      aria-labelledby={headingId}
    >
      <div className="alert-body">
        {headingId ? (
          <h2 className="alert-heading h3" id={headingId}>
            {heading}
          </h2>
        ) : (
          <p className="alert-heading">{heading}</p>
        )}
        <ul className={`alert-text${plainList ? ' nobullet-list' : ''}`}>
          {entries.map((e) => (
            <li key={e.key}>
              {e.target ? (
                <a
                  href={`#${e.target}`}
                  onClick={(ev) => {
                    if (e.target && focusField(e.target)) ev.preventDefault();
                  }}
                >
                  {e.text}
                </a>
              ) : (
                e.text
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/**
 * The error summary's ref, and `focusSummary()` to call each time problems are shown: the summary
 * takes focus after it renders, also when the same problems are shown again.
 */
export function useSummaryFocus(): { summary: RefObject<HTMLDivElement | null>; focusSummary: () => void } {
  const [shown, setShown] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown > 0) summary.current?.focus();
  }, [shown]);
  return { summary, focusSummary: () => setShown((n) => n + 1) };
}
