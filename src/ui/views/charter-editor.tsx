/** The charter (kommissorium) editor: a new version of a forum's terms of reference. (placeholder: being built) */
import { PageTitle } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import type { SessionPerson } from '../types.ts';

export function CharterEditor(_props: { person: SessionPerson } & Record<string, unknown>) {
  const { t } = useLocale();
  return <PageTitle title={t('followUpsTitle')}>{t('followUpsTitle')}</PageTitle>;
}
