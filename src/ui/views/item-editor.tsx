/** The item editor: the charter template's sections in a rich-text editor, recommendations, attachments, KLE suggestion, submit. (placeholder: being built) */
import { PageTitle } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import type { SessionPerson } from '../types.ts';

export function ItemEditor(_props: { person: SessionPerson } & Record<string, unknown>) {
  const { t } = useLocale();
  return <PageTitle title={t('editorTitle')}>{t('editorTitle')}</PageTitle>;
}
