/** Lederforum's themes: members propose, the chair selects at most two per meeting. */
import { PageTitle } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import type { SessionPerson } from '../types.ts';

export function Themes({ forum }: { person: SessionPerson; forum: string }) {
  const { t } = useLocale();
  return (
    <PageTitle title={t('plan.themes')}>
      {t('plan.themes')} {forum}
    </PageTitle>
  );
}
