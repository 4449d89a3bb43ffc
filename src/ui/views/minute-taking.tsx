/** Minute-taking: per item presence, outcome, decision, actions, autosave. (placeholder: being built) */
import { PageTitle } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import type { SessionPerson } from '../types.ts';

export function MinuteTaking(_props: { person: SessionPerson } & Record<string, unknown>) {
  const { t } = useLocale();
  return <PageTitle title={t('minuteTakingTitle')}>{t('minuteTakingTitle')}</PageTitle>;
}
