/**
 * A leaders' day's uploaded material: the download links (for whoever sees the programme) and the
 * organisers' section that uploads a file (title optional: the file's name is used) and removes one.
 * A refused upload is shown at the file input and in an error summary that takes focus.
 */
import { useId, useRef, useState } from 'react';
import { ErrorSummary, FieldErrorMessage, useSummaryFocus } from '../field-errors.tsx';
import { FailureAlert } from '../form-errors.tsx';
import type { LeadersDayPartProps } from '../leaders-day-data.ts';
import {
  dayFileHref,
  fileSize,
  fileTypeLabel,
  type LeadersDayFileView,
  removeDayFile,
  uploadDayFile,
  uploadProblem,
} from '../leaders-day-files-data.ts';
import { useLocale } from '../locale.tsx';

/** What a file is, after its link: its name (when the title differs), type and size. */
function FileFacts({ file }: { file: LeadersDayFileView }) {
  const { t, lang } = useLocale();
  const facts = [
    ...(file.title !== file.name ? [file.name] : []),
    fileTypeLabel(file.mediaType, t('leadersDay.fileType.image')),
    fileSize(file.sizeBytes, lang),
  ];
  return <span className="meta">({facts.join(', ')})</span>;
}

/** The files as download links, as list items of the material list. */
export function FileLinks({
  org,
  forum,
  day,
  files,
}: {
  org: string;
  forum: string;
  day: string;
  files: LeadersDayFileView[];
}) {
  return files.map((f) => (
    <li key={f.id}>
      <a href={dayFileHref(org, forum, day, f.id)} download={f.name}>
        {f.title}
      </a>{' '}
      <FileFacts file={f} />
    </li>
  ));
}

export function MaterialUpload({ person, forum, page, onChanged }: LeadersDayPartProps) {
  const { t } = useLocale();
  const prefix = useId().replaceAll(':', '');
  const id = (name: string) => `${prefix}-${name}`;
  const org = person.orgSlug;
  const day = page.day.id;
  const files = page.day.files ?? [];
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const { summary, focusSummary } = useSummaryFocus();

  const refuse = (text: string) => {
    setProblem(text);
    focusSummary();
  };
  const upload = async () => {
    setFailure(null);
    const file = fileInput.current?.files?.[0];
    if (!file) return refuse(t('leadersDay.fileRequired'));
    setBusy(true);
    try {
      const { file: added } = await uploadDayFile(org, forum, day, file, title);
      setProblem(null);
      setTitle('');
      if (fileInput.current) fileInput.current.value = '';
      onChanged(`${t('leadersDay.fileUploaded')} ${added.title}`);
    } catch (err) {
      refuse(uploadProblem(t, err));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (f: LeadersDayFileView) => {
    setFailure(null);
    try {
      await removeDayFile(org, forum, day, f.id);
      onChanged(`${t('leadersDay.fileRemoved')} ${f.title}`);
    } catch (err) {
      setFailure(`${t('leadersDay.fileRemoveFailed')} ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const fileId = id('file');
  const described = [`${fileId}-hint`, problem && `${fileId}-error`].filter(Boolean).join(' ');
  return (
    <section aria-labelledby={id('heading')} className="ld-files">
      <h2 id={id('heading')}>{t('leadersDay.files')}</h2>
      <p>{t('leadersDay.filesIntro')}</p>
      {files.length === 0 ? (
        <p>{t('leadersDay.filesNone')}</p>
      ) : (
        <ul className="nobullet-list ld-file-list">
          {files.map((f) => (
            <li key={f.id}>
              {f.title} <FileFacts file={f} />{' '}
              <button
                type="button"
                className="button button-tertiary"
                aria-label={`${t('leadersDay.fileRemove')}: ${f.title}`}
                onClick={() => void remove(f)}
              >
                {t('leadersDay.fileRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {failure && <FailureAlert text={failure} />}
      <ErrorSummary
        heading={t('leadersDay.fileErrorSummary')}
        entries={
          problem ? [{ key: problem, text: `${t('leadersDay.fileLabel')}: ${problem}`, target: fileId }] : []
        }
        className="ld-summary"
        summaryRef={summary}
      />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void upload();
        }}
      >
        <div className="form-group">
          <label className="form-label" htmlFor={id('title')}>
            {t('leadersDay.fileTitleLabel')}
          </label>
          <span className="form-hint" id={`${id('title')}-hint`}>
            {t('leadersDay.fileTitleHint')}
          </span>
          <input
            id={id('title')}
            type="text"
            className="form-input"
            maxLength={300}
            aria-describedby={`${id('title')}-hint`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className={`form-group${problem ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={fileId}>
            {t('leadersDay.fileLabel')}
          </label>
          <span className="form-hint" id={`${fileId}-hint`}>
            {t('leadersDay.fileHint')}
          </span>
          <FieldErrorMessage
            id={fileId}
            errors={problem ? [problem] : []}
            prefix={t('leadersDay.errorPrefix')}
          />
          <input
            ref={fileInput}
            id={fileId}
            type="file"
            className="form-file-input"
            accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.png,.jpg,.jpeg,.gif,.webp,.txt,.csv"
            aria-describedby={described}
            aria-invalid={problem ? true : undefined}
          />
        </div>
        <button type="submit" className="button button-secondary ld-button" disabled={busy}>
          {busy ? t('leadersDay.fileUploading') : t('leadersDay.fileUpload')}
        </button>
      </form>
    </section>
  );
}
