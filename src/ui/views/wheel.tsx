/** A forum's annual wheel: its entries, and a form for the forum's managers. */
import { PageTitle } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import type { SessionPerson } from '../types.ts';

export function Wheel({ forum }: { person: SessionPerson; forum: string }) {
  const { t } = useLocale();
  return (
    <PageTitle title={t('plan.wheel')}>
      {t('plan.wheel')} {forum}
    </PageTitle>
  );
}
