/** A case's journey through the forums. (placeholder: being built) */
import { PageTitle } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import type { SessionPerson } from '../types.ts';

export function CaseTimeline(_props: { person: SessionPerson } & Record<string, unknown>) {
  const { t } = useLocale();
  return <PageTitle title={t('followUpsTitle')}>{t('followUpsTitle')}</PageTitle>;
}
