/// <reference types="vite/client" />
/**
 * Renders a PDF's pages into a container with pdf.js: each page a canvas (the picture) under its text
 * layer (the page's text as positioned, transparent, selectable DOM text that screen readers read).
 * Loaded only when an attachment is opened (`import('./pdf-view.ts')`), so pdf.js stays out of the
 * first view's JavaScript. The worker is a file of this origin (Vite's `?url`), so the app's CSP
 * (script-src 'self') admits it; pdf.js 6 evaluates no code.
 */
import { GlobalWorkerOptions, getDocument, TextLayer } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export interface RenderOptions {
  signal: AbortSignal;
  /** The accessible name of page n of total, e.g. "Side 2 af 5". */
  pageLabel: (n: number, total: number) => string;
  /** Called when the number of pages is known. */
  onPages?: (total: number) => void;
}

/**
 * Lays out every page of `data` in `container` with its text layer (all of the document's text is in
 * the page at once, for reading, searching and screen readers); a page's picture is drawn when it
 * comes near the visible area, so a long document does not hold a canvas per page from the start.
 * Resolves with the number of pages once all the text is in; the document is released on `signal`.
 */
export async function renderPdf(
  data: Uint8Array,
  container: HTMLElement,
  options: RenderOptions,
): Promise<number> {
  const { signal } = options;
  const task = getDocument({ data, enableXfa: false, disableWorkerRendering: true });
  const draws = new Map<Element, () => void>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const draw = entry.isIntersecting ? draws.get(entry.target) : undefined;
        if (!draw) continue;
        draws.delete(entry.target);
        observer.unobserve(entry.target);
        draw();
      }
    },
    { rootMargin: '100% 0px' },
  );
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      void task.destroy();
    },
    { once: true },
  );

  const doc = await task.promise;
  options.onPages?.(doc.numPages);
  const width = Math.max(240, container.clientWidth);
  const ratio = window.devicePixelRatio || 1;
  for (let n = 1; n <= doc.numPages && !signal.aborted; n++) {
    const page = await doc.getPage(n);
    const scale = Math.min(2, width / page.getViewport({ scale: 1 }).width);
    const viewport = page.getViewport({ scale });
    const [w, h] = [Math.floor(viewport.width), Math.floor(viewport.height)];

    const sheet = document.createElement('div');
    sheet.className = 'pdf-page';
    sheet.setAttribute('role', 'group');
    sheet.setAttribute('aria-label', options.pageLabel(n, doc.numPages));
    // CSSOM, not a style attribute: allowed under the app's style-src 'self'.
    sheet.style.setProperty('--scale-factor', String(scale));
    sheet.style.width = `${w}px`;
    sheet.style.height = `${h}px`;
    const text = document.createElement('div');
    text.className = 'textLayer';
    sheet.append(text);
    container.append(sheet);

    draws.set(sheet, () => {
      const canvas = document.createElement('canvas');
      canvas.setAttribute('aria-hidden', 'true');
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${w}px`;
      canvas.style.height = `${h}px`;
      sheet.prepend(canvas);
      page
        .render({ canvas, viewport, ...(ratio !== 1 && { transform: [ratio, 0, 0, ratio, 0, 0] }) })
        .promise.then(
          () => page.cleanup(),
          () => {}, // cancelled when the viewer closed
        );
    });
    observer.observe(sheet);
    await new TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport }).render();
  }
  return doc.numPages;
}
