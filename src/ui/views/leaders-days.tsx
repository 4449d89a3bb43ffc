/** A forum's leaders' days, and the organisers' form for a new one. */
import { PageTitle } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import type { SessionPerson } from '../types.ts';

export function LeadersDays({ forum }: { person: SessionPerson; forum: string }) {
  const { t } = useLocale();
  return (
    <PageTitle title={t('leadersDay.title')}>
      {t('leadersDay.title')} {forum}
    </PageTitle>
  );
}
