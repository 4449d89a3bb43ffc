/**
 * Minute-taking: what the page says about the current item's save — the status line (saving,
 * saved, unsaved, a notice), a failed save with retry, a conflict with another secretary (her text
 * kept, load theirs or keep mine), the text kept after loading theirs, and what waits in the form.
 */
import { useLocale } from '../locale.tsx';
import type { SaveState } from '../minute-taking-autosave.ts';
import { fill, type ItemForm, typedText } from '../minute-taking-logic.ts';
import { P } from './minute-taking-fields.tsx';

export function SaveStatus({
  save,
  dirty,
  readOnly,
  notStarted,
  notice,
}: {
  save: SaveState;
  dirty: boolean;
  readOnly: boolean;
  notStarted: boolean;
  notice: string | null;
}) {
  const { t, time } = useLocale();
  return (
    <div role="status" className="mt-save-status">
      {save.kind === 'saving' && <p className="meta">{t('mt.saving')}</p>}
      {save.kind === 'saved' && !dirty && (
        <p className="meta">{fill(t('mt.savedAt'), { time: time(save.at) })}</p>
      )}
      {save.kind === 'loaded' && <p className="meta">{t('mt.loadedTheirs')}</p>}
      {(save.kind === 'idle' || save.kind === 'saved' || save.kind === 'loaded') && dirty && !readOnly && (
        <p className="meta">{t('mt.unsaved')}</p>
      )}
      {save.kind === 'idle' && !dirty && notStarted && !readOnly && (
        <p className="meta">{t('mt.notStarted')}</p>
      )}
      {notice && (
        <div className="alert alert-success">
          <div className="alert-body">
            <p className="alert-text">{notice}</p>
          </div>
        </div>
      )}
    </div>
  );
}

export function SaveFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useLocale();
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-text">{fill(t('mt.saveFailed'), { message })}</p>
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('mt.saveRetry')}
        </button>
      </div>
    </div>
  );
}

export function ConflictAlert({
  save,
  form,
  onLoadTheirs,
  onKeepMine,
}: {
  save: Extract<SaveState, { kind: 'conflict' }>;
  form: ItemForm;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useLocale();
  return (
    <div className="alert alert-warning mt-conflict" role="alert">
      <div className="alert-body">
        <p className="alert-heading">{t('mt.conflictTitle')}</p>
        <p className="alert-text">{fill(t('mt.conflictText'), { version: save.version ?? '?' })}</p>
        <div className="form-group">
          <label className="form-label" htmlFor={`${P}-your-text`}>
            {t('mt.yourText')}
          </label>
          <textarea
            id={`${P}-your-text`}
            className="form-input"
            rows={4}
            readOnly
            value={typedText(form) || save.mine}
          />
        </div>
        <div className="mt-buttons">
          <button type="button" className="button button-primary" onClick={onLoadTheirs}>
            {t('mt.loadTheirs')}
          </button>
          <button type="button" className="button button-secondary" onClick={onKeepMine}>
            {t('mt.keepMine')}
          </button>
        </div>
      </div>
    </div>
  );
}

export function KeptText({ text, onClose }: { text: string; onClose: () => void }) {
  const { t } = useLocale();
  return (
    <div className="alert alert-info">
      <div className="alert-body">
        <div className="form-group">
          <label className="form-label" htmlFor={`${P}-kept-text`}>
            {t('mt.yourTextKept')}
          </label>
          <textarea id={`${P}-kept-text`} className="form-input" rows={4} readOnly value={text} />
        </div>
        <button type="button" className="button button-tertiary" onClick={onClose}>
          {t('mt.closeYourText')}
        </button>
      </div>
    </div>
  );
}

/** What the form holds that is not saved yet, as [field, text]. */
export function PendingList({ texts }: { texts: [string, string][] }) {
  const { t } = useLocale();
  if (texts.length === 0) return null;
  return (
    <div className="mt-pending">
      <p className="meta">{t('mt.pendingTitle')}</p>
      <ul className="meta">
        {texts.map(([field, text]) => (
          <li key={field}>{text}</li>
        ))}
      </ul>
    </div>
  );
}
