/** The approver's decision on a submitted item: approve, or return / reject with a comment. */
import { useId, useState } from 'react';
import { failureText } from '../api.ts';
import { decideItem } from '../data.ts';
import { setFlash } from '../flash.ts';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import { paths, useRouter } from '../router.tsx';
import type { ItemDecision, ItemView } from '../types.ts';

const OUTCOME: Record<ItemDecision, MessageKey> = {
  approve: 'decidedApprove',
  return: 'decidedReturn',
  reject: 'decidedReject',
};

export function DecisionForm({ org, item }: { org: string; item: ItemView }) {
  const { t } = useLocale();
  const { navigate } = useRouter();
  const id = useId();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const decide = async (decision: ItemDecision) => {
    setFailure(null);
    if (decision !== 'approve' && comment.trim() === '') {
      setMissing(true);
      document.getElementById(`${id}-comment`)?.focus();
      return;
    }
    setMissing(false);
    setBusy(true);
    try {
      await decideItem(org, item.id, decision, comment.trim());
      setFlash(`«${item.title}» ${t(OUTCOME[decision])}`);
      navigate(paths.approvals());
    } catch (err) {
      setBusy(false);
      setFailure(failureText(err, { 409: t('decisionConflict') }));
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="decision">
      <h2 id={`${id}-title`}>{t('decisionTitle')}</h2>
      <p>{t('decisionIntro')}</p>
      {failure && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">{failure}</p>
          </div>
        </div>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void decide('approve');
        }}
        noValidate
      >
        <div className={`form-group${missing ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={`${id}-comment`}>
            {t('comment')}
          </label>
          <span className="form-hint" id={`${id}-hint`}>
            {t('commentHint')}
          </span>
          {missing && (
            <span className="form-error-message" id={`${id}-error`} role="alert">
              {t('commentRequired')}
            </span>
          )}
          <textarea
            id={`${id}-comment`}
            className="form-input"
            rows={4}
            value={comment}
            aria-describedby={missing ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={missing || undefined}
            onChange={(e) => setComment(e.target.value)}
          />
        </div>
        <div className="decision-buttons">
          <button type="submit" className="button button-primary decision-button" disabled={busy}>
            {t('approve')}
          </button>
          <button
            type="button"
            className="button button-secondary decision-button"
            disabled={busy}
            onClick={() => void decide('return')}
          >
            {t('returnItem')}
          </button>
          <button
            type="button"
            className="button button-secondary decision-button"
            disabled={busy}
            onClick={() => void decide('reject')}
          >
            {t('reject')}
          </button>
        </div>
        {busy && (
          <p className="meta" role="status">
            {t('deciding')}
          </p>
        )}
      </form>
    </section>
  );
}
