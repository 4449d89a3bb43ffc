/**
 * An attachment opened in the page: a modal dialog (native <dialog>: the rest of the page is inert,
 * Escape closes it, the focus goes back to the button that opened it) with the file's download link.
 * The bytes are fetched from the attachment's download URL (same origin, the session cookie) and
 * rendered, never loaded as active content: PDFs with pdf.js (loaded on first use) as canvas pictures
 * under their selectable text, images as <img> from a blob: URL, anything else (DOCX, XLSX …) as a
 * message with the download link. The server's Content-Type says what the file is: it types
 * attachments by their content when they are uploaded.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { MessageKey } from './i18n.ts';
import { useLocale } from './locale.tsx';
import { viewerKind } from './meeting-tools-data.ts';

type View =
  | { kind: 'loading' }
  | { kind: 'pdf'; pages: number | null; done: boolean }
  | { kind: 'image'; url: string }
  | { kind: 'other' }
  | { kind: 'error'; message: MessageKey };

export function AttachmentViewer({
  href,
  name,
  label,
  onClose,
}: {
  /** The attachment's download URL. */
  href: string;
  /** The file name. */
  name: string;
  /** How the agenda names it, e.g. "Bilag 3.1: Budget.pdf". */
  label: string;
  onClose: () => void;
}) {
  const { t } = useLocale();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const pagesRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>({ kind: 'loading' });
  // `t` changes with the language; the render keeps the first labels (the pages are drawn once).
  const tRef = useRef(t);
  tRef.current = t;

  // Open as a modal on mount; on unmount put the focus back where it was (the opener).
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      opener?.focus();
    };
  }, []);

  useEffect(() => {
    const abort = new AbortController();
    const { signal } = abort;
    let objectUrl: string | null = null;
    const show = (next: View) => {
      if (!signal.aborted) setView(next);
    };
    (async () => {
      const response = await fetch(href, { credentials: 'same-origin', signal });
      if (!response.ok) {
        void response.body?.cancel();
        show({
          kind: 'error',
          message: response.status === 404 || response.status === 403 ? 'viewer.notFound' : 'viewer.failed',
        });
        return;
      }
      const kind = viewerKind(response.headers.get('content-type'));
      if (kind === 'pdf') {
        show({ kind: 'pdf', pages: null, done: false });
        const bytes = new Uint8Array(await response.arrayBuffer());
        const { renderPdf } = await import('./pdf-view.ts');
        const container = pagesRef.current;
        if (!container || signal.aborted) return;
        container.replaceChildren();
        const pages = await renderPdf(bytes, container, {
          signal,
          pageLabel: (n, total) =>
            `${tRef.current('viewer.page')} ${n} ${tRef.current('viewer.of')} ${total}`,
          onPages: (total) => show({ kind: 'pdf', pages: total, done: false }),
        });
        show({ kind: 'pdf', pages, done: true });
      } else if (kind === 'image') {
        const blob = await response.blob();
        if (signal.aborted) return;
        objectUrl = URL.createObjectURL(blob);
        show({ kind: 'image', url: objectUrl });
      } else {
        // Not shown here: the body is not needed.
        void response.body?.cancel();
        show({ kind: 'other' });
      }
    })().catch(() => show({ kind: 'error', message: 'viewer.failed' }));
    return () => {
      abort.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [href]);

  const download = (
    <a href={href} download={name} className="button button-secondary viewer-download">
      {t('viewer.downloadFile')}
      <span className="sr-only"> {name}</span>
    </a>
  );

  return (
    // Escape fires `cancel`: the dialog closes itself, then tells the parent through onClose.
    <dialog
      ref={dialogRef}
      className="attachment-viewer"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="viewer-header">
        <h2 id={`${id}-title`} className="viewer-title">
          {label}
        </h2>
        <div className="viewer-actions">
          {download}
          <button type="button" className="button button-primary viewer-close" onClick={onClose}>
            {t('viewer.close')}
          </button>
        </div>
      </div>
      <div className="viewer-body">
        <div role="status" className="viewer-status">
          {view.kind === 'loading' && <p>{t('viewer.loading')}</p>}
          {view.kind === 'pdf' && !view.done && <p>{t('viewer.rendering')}</p>}
          {view.kind === 'pdf' && view.done && view.pages !== null && (
            <p className="meta">
              {view.pages} {t('viewer.pages')}
            </p>
          )}
        </div>
        {view.kind === 'error' && (
          <div className="alert alert-error" role="alert">
            <div className="alert-body">
              <p className="alert-text">{t(view.message)}</p>
            </div>
          </div>
        )}
        {view.kind === 'other' && (
          <div className="alert alert-info">
            <div className="alert-body">
              <p className="alert-text">{t('viewer.cannotShow')}</p>
              {download}
            </div>
          </div>
        )}
        {view.kind === 'image' && <img src={view.url} alt={name} className="viewer-image" />}
        {/* pdf.js draws into this element; React leaves its children alone. */}
        <div ref={pagesRef} className="pdf-pages" hidden={view.kind !== 'pdf'} />
      </div>
    </dialog>
  );
}
