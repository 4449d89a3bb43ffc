/** Error alerts shared by the forms and tools: a summary that takes focus, and a single failure. */

/** An error summary (role="alert"): a heading and one list item per problem. Focus it through `ref`. */
export function ErrorSummary({
  heading,
  className,
  ref,
  children,
}: {
  heading: React.ReactNode;
  /** An extra class on the alert, e.g. for its spacing. */
  className: string;
  ref?: React.Ref<HTMLDivElement>;
  /** The problems, as `<li>` elements. */
  children: React.ReactNode;
}) {
  return (
    <div className={`alert alert-error ${className}`} role="alert" tabIndex={-1} ref={ref}>
      <div className="alert-body">
        <p className="alert-heading">{heading}</p>
        <ul className="alert-text">{children}</ul>
      </div>
    </div>
  );
}

/** A failure that belongs to no field (no access, a conflict, the network). */
export function FailureAlert({ text }: { text: string }) {
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-text">{text}</p>
      </div>
    </div>
  );
}
