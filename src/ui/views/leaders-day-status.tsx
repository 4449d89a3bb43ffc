/** The reader's own registration as a badge: registered, on the waitlist as no. N, or not registered. */
import type { LeadersDayView } from '../leaders-day-data.ts';
import { useLocale } from '../locale.tsx';

export function MyStatus({ mine }: { mine: LeadersDayView['mine'] }) {
  const { t } = useLocale();
  if (!mine || mine.status === 'cancelled')
    return <span className="meta">{t('leadersDay.notRegistered')}</span>;
  if (mine.status === 'waitlisted')
    return (
      <span className="badge badge-warning">
        {t('leadersDay.status.waitlisted')} {t('leadersDay.waitlistNo')} {mine.waitlistPosition}
      </span>
    );
  return <span className="badge badge-success">{t('leadersDay.status.registered')}</span>;
}
