/** A leaders' day: programme, material (14 days before), and the leader's registration. */
import { PageTitle } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import type { SessionPerson } from '../types.ts';

export function LeadersDay({ day }: { person: SessionPerson; forum: string; day: string }) {
  const { t } = useLocale();
  return (
    <PageTitle title={t('leadersDay.title')}>
      {t('leadersDay.title')} {day}
    </PageTitle>
  );
}
