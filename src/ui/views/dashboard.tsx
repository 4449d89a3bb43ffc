/** A forum's key figures: lead time, deadline misses, approval latency, follow-up completion. */
import { PageTitle } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import type { SessionPerson } from '../types.ts';

export function Dashboard({ forum }: { person: SessionPerson; forum: string }) {
  const { t } = useLocale();
  return (
    <PageTitle title={t('plan.dashboard')}>
      {t('plan.dashboard')} {forum}
    </PageTitle>
  );
}
