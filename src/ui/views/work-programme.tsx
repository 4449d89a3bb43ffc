/** A forum's work programme of a year: initiatives, owners, status and milestones; export. */
import { PageTitle } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import type { SessionPerson } from '../types.ts';

export function WorkProgramme({ forum }: { person: SessionPerson; forum: string; year: number | null }) {
  const { t } = useLocale();
  return (
    <PageTitle title={t('plan.workProgramme')}>
      {t('plan.workProgramme')} {forum}
    </PageTitle>
  );
}
