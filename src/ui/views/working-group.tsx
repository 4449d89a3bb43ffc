/** A working group: mandate, members and why they were chosen, deadline, report-back. */
import { PageTitle } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import type { SessionPerson } from '../types.ts';

export function WorkingGroup({ group }: { person: SessionPerson; forum: string; group: string }) {
  const { t } = useLocale();
  return (
    <PageTitle title={t('groups.title')}>
      {t('groups.title')} {group}
    </PageTitle>
  );
}
