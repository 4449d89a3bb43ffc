/** A forum's working groups, and the managers' form for a new one. */
import { PageTitle } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import type { SessionPerson } from '../types.ts';

export function WorkingGroups({ forum }: { person: SessionPerson; forum: string }) {
  const { t } = useLocale();
  return (
    <PageTitle title={t('groups.title')}>
      {t('groups.title')} {forum}
    </PageTitle>
  );
}
