/** A forum's theme plan: who presents which theme at which meeting. */
import { PageTitle } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import type { SessionPerson } from '../types.ts';

export function ThemePlan({ forum }: { person: SessionPerson; forum: string }) {
  const { t } = useLocale();
  return (
    <PageTitle title={t('themePlan.title')}>
      {t('themePlan.title')} {forum}
    </PageTitle>
  );
}
