/** My follow-ups, or a forum's follow-up register. (placeholder: being built) */
import { PageTitle } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import type { SessionPerson } from '../types.ts';

export function FollowUps(_props: { person: SessionPerson } & Record<string, unknown>) {
  const { t } = useLocale();
  return <PageTitle title={t('followUpsTitle')}>{t('followUpsTitle')}</PageTitle>;
}
