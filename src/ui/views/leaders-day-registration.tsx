/**
 * The reader's registration for a leaders' day: the form (dietary needs, optional) while registration
 * is open, or their status (registered / on the waitlist as no. N) with a cancel button that asks
 * for confirmation first.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { failureText } from '../api.ts';
import { FailureAlert } from '../form-errors.tsx';
import { cancelRegistration, type LeadersDayPartProps, registerForDay } from '../leaders-day-data.ts';
import { useLocale } from '../locale.tsx';

function RegisterForm({ person, forum, page, onChanged }: LeadersDayPartProps) {
  const { t } = useLocale();
  const id = useId();
  const [dietary, setDietary] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const full = page.day.seatsTaken >= page.day.seats;
  const register = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const { registration } = await registerForDay(person.orgSlug, forum, page.day.id, dietary);
      // The answer has no position on the waitlist; the reloaded page shows it.
      onChanged(
        registration.status === 'waitlisted'
          ? t('leadersDay.waitlistedMessage')
          : t('leadersDay.registeredMessage'),
      );
    } catch (err) {
      setBusy(false);
      setFailure(`${t('leadersDay.failed')} ${failureText(err)}`);
    }
  };
  return (
    <form
      className="ld-register"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void register();
      }}
    >
      {failure && <FailureAlert text={failure} />}
      {full && <p>{t('leadersDay.fullNote')}</p>}
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-dietary`}>
          {t('leadersDay.dietaryLabel')}
        </label>
        <span className="form-hint" id={`${id}-dietary-hint`}>
          {t('leadersDay.dietaryHint')}
        </span>
        <input
          type="text"
          className="form-input"
          id={`${id}-dietary`}
          aria-describedby={`${id}-dietary-hint`}
          maxLength={1000}
          value={dietary}
          onChange={(e) => setDietary(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary ld-button" disabled={busy}>
        {busy ? t('leadersDay.registering') : t('leadersDay.register')}
      </button>
    </form>
  );
}

function Registered({ person, forum, page, onChanged }: LeadersDayPartProps) {
  const { t } = useLocale();
  const mine = page.day.mine;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  if (!mine) return null;
  const cancel = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await cancelRegistration(person.orgSlug, forum, page.day.id);
      onChanged(
        result.promoted.length > 0
          ? `${t('leadersDay.cancelled')} ${t('leadersDay.cancelledPromoted')}`
          : t('leadersDay.cancelled'),
      );
    } catch (err) {
      setBusy(false);
      setFailure(`${t('leadersDay.failed')} ${failureText(err)}`);
    }
  };
  return (
    <>
      <p className="ld-mine">
        {mine.status === 'waitlisted'
          ? `${t('leadersDay.youAreWaitlisted')} ${mine.waitlistPosition}.`
          : t('leadersDay.youAreRegistered')}
      </p>
      {mine.dietaryNeeds && (
        <p>
          {t('leadersDay.yourDietaryNeeds')}: {mine.dietaryNeeds}
        </p>
      )}
      {failure && <FailureAlert text={failure} />}
      {confirming ? (
        <div className="ld-confirm">
          <p ref={question} tabIndex={-1}>
            {mine.status === 'waitlisted'
              ? t('leadersDay.cancelConfirmWaiting')
              : t('leadersDay.cancelConfirm')}
          </p>
          <div className="ld-buttons">
            <button
              type="button"
              className="button button-primary ld-button"
              disabled={busy}
              onClick={() => void cancel()}
            >
              {busy ? t('leadersDay.cancelling') : t('leadersDay.cancelYes')}
            </button>
            <button
              type="button"
              className="button button-secondary ld-button"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => cancelButton.current?.focus());
              }}
            >
              {t('leadersDay.cancelNo')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          ref={cancelButton}
          className="button button-secondary ld-button"
          onClick={() => setConfirming(true)}
        >
          {t('leadersDay.cancel')}
        </button>
      )}
    </>
  );
}

export function Registration({ person, forum, page, onChanged }: LeadersDayPartProps) {
  const { t, shortDate } = useLocale();
  const { day } = page;
  let body: React.ReactNode;
  if (day.mine && day.mine.status !== 'cancelled')
    body = (
      <Registered
        key={`${day.mine.status}:${day.mine.waitlistPosition}`}
        person={person}
        forum={forum}
        page={page}
        onChanged={onChanged}
      />
    );
  else if (!page.invited) body = <p>{t('leadersDay.notInvited')}</p>;
  else if (!day.registrationOpen)
    body = (
      <p>
        {t('leadersDay.closed')} {shortDate(day.registrationDeadline)}.
      </p>
    );
  else body = <RegisterForm person={person} forum={forum} page={page} onChanged={onChanged} />;
  return (
    <section aria-labelledby="ld-registration" className="ld-registration">
      <h2 id="ld-registration">{t('leadersDay.registration')}</h2>
      {body}
    </section>
  );
}
