/** A live region (role="status") that shows a success message when there is one. */
export function StatusMessage({
  className,
  focusable,
  ref,
  children,
}: {
  className: string;
  /** Whether the region can take focus (tabIndex -1), so that a page can move the focus to it. */
  focusable?: boolean;
  ref?: React.Ref<HTMLDivElement>;
  /** The message; nothing shown when empty. */
  children: React.ReactNode;
}) {
  return (
    <div role="status" className={className} ref={ref} tabIndex={focusable ? -1 : undefined}>
      {children && (
        <div className="alert alert-success">
          <div className="alert-body">
            <p className="alert-text">{children}</p>
          </div>
        </div>
      )}
    </div>
  );
}
