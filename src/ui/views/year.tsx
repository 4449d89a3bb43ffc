/** The organisation's year view: every forum's meetings with their load, milestones and themes. */
import { PageTitle } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import type { SessionPerson } from '../types.ts';

export function Year(_props: { person: SessionPerson }) {
  const { t } = useLocale();
  return (
    <PageTitle title={t('year.title')}>
      {t('year.title')} {''}
    </PageTitle>
  );
}
