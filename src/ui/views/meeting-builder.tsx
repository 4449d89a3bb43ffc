/** The secretary's meeting builder: schedule from the queue, reorder, time plan, publish. (placeholder: being built) */
import { PageTitle } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import type { SessionPerson } from '../types.ts';

export function MeetingBuilder(_props: { person: SessionPerson } & Record<string, unknown>) {
  const { t } = useLocale();
  return <PageTitle title={t('builderTitle')}>{t('builderTitle')}</PageTitle>;
}
