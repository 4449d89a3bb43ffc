/** The small form that marks a follow-up done with its evidence (what was done). */
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError, failureText } from '../api.ts';
import { completeFollowUp } from '../follow-ups-data.ts';
import { FailureAlert } from '../form-errors.tsx';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import type { FollowUpView } from '../types.ts';

export function FollowUpCompleteForm({
  org,
  followUp,
  onDone,
  onCancel,
}: {
  org: string;
  followUp: FollowUpView;
  onDone: (done: FollowUpView) => void;
  onCancel: () => void;
}) {
  const { t } = useLocale();
  const id = useId();
  const [evidence, setEvidence] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = async () => {
    setFailure(null);
    const text = evidence.trim();
    if (text === '' || text.length > 4000) {
      setFieldError(t(text === '' ? 'fu.evidenceRequired' : 'fu.evidenceTooLong'));
      input.current?.focus();
      return;
    }
    setFieldError(null);
    setBusy(true);
    try {
      onDone(await completeFollowUp(org, followUp.id, text));
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.status === 400) {
        setFieldError(t('fu.evidenceRequired'));
        input.current?.focus();
        return;
      }
      const key: MessageKey | null =
        err instanceof ApiError
          ? err.status === 409
            ? 'fu.conflict'
            : err.status === 403
              ? 'fu.forbidden'
              : err.status === 404
                ? 'fu.notFound'
                : null
          : null;
      setFailure(key ? t(key) : failureText(err));
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="fu-complete">
      <h2 id={`${id}-title`}>{t('fu.completeTitle')}</h2>
      <p className="fu-complete-what">«{followUp.title}»</p>
      {failure && <FailureAlert text={failure} />}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className={`form-group${fieldError ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={`${id}-evidence`}>
            {t('fu.evidenceLabel')}
          </label>
          <span className="form-hint" id={`${id}-hint`}>
            {t('fu.evidenceHint')}
          </span>
          {fieldError && (
            <span className="form-error-message" id={`${id}-error`} role="alert">
              <span className="sr-only">{t('fu.evidence')}: </span>
              {fieldError}
            </span>
          )}
          <textarea
            ref={input}
            id={`${id}-evidence`}
            className="form-input"
            rows={4}
            value={evidence}
            aria-describedby={fieldError ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={fieldError ? true : undefined}
            onChange={(e) => setEvidence(e.target.value)}
          />
        </div>
        <div className="fu-buttons">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('fu.complete')}
          </button>
          <button type="button" className="button button-secondary" disabled={busy} onClick={onCancel}>
            {t('fu.cancel')}
          </button>
        </div>
        {busy && (
          <p className="meta" role="status">
            {t('fu.saving')}
          </p>
        )}
      </form>
    </section>
  );
}
