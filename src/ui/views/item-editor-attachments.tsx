/** The item editor's attachments: the list (each removable) and the file input that uploads one. */
import type { RefObject } from 'react';
import { attachmentHref } from '../data.ts';
import { useLocale } from '../locale.tsx';
import type { AttachmentView } from '../types.ts';
import type { FieldErrors } from './item-editor-fields.tsx';

export function AttachmentsSection({
  org,
  itemId,
  attachments,
  fileRef,
  fe: { err, errId, errorOf, group },
  onUpload,
  onRemove,
}: {
  org: string;
  /** null for an item not saved yet (the first upload saves it). */
  itemId: string | null;
  attachments: AttachmentView[];
  fileRef: RefObject<HTMLInputElement | null>;
  fe: FieldErrors;
  onUpload: (file: File) => void;
  onRemove: (attachment: AttachmentView) => void;
}) {
  const { t } = useLocale();
  return (
    <section aria-labelledby="editor-attachments">
      <h2 id="editor-attachments">{t('editor.attachments')}</h2>
      {attachments.length === 0 ? (
        <p>{t('editor.noAttachments')}</p>
      ) : (
        <ul className="nobullet-list editor-attachment-list">
          {attachments.map((a) => (
            <li key={a.id}>
              <a href={attachmentHref(org, itemId ?? '', a.id)}>{a.name}</a>{' '}
              <span className="meta">({Math.max(1, Math.round(a.sizeBytes / 1024))} KB)</span>{' '}
              <button
                type="button"
                className="button button-tertiary"
                aria-label={`${t('editor.remove')}: ${a.name}`}
                onClick={() => onRemove(a)}
              >
                {t('editor.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={group('file')}>
        <label className="form-label" htmlFor="editor-file">
          {t('editor.file')}
        </label>
        <span className="form-hint" id="editor-file-hint">
          {itemId === null ? t('editor.fileHintNew') : t('editor.fileHint')}
        </span>
        {err('file')}
        <input
          ref={fileRef}
          id="editor-file"
          type="file"
          className="form-file-input"
          aria-describedby={errId('file') ?? 'editor-file-hint'}
          aria-invalid={errorOf('file') ? true : undefined}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onUpload(file);
          }}
        />
      </div>
    </section>
  );
}
