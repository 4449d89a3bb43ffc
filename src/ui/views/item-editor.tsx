/**
 * The item editor (/fora/:forum/nyt-punkt for a new item, /punkter/:item/rediger for a draft or a
 * returned item): title, type, time, presenters, closed with its basis, the case (a case number,
 * with KLE topic suggestions), the charter template's sections in rich-text editors, the numbered
 * recommendations, attachments; saved as a draft or submitted for approval. The form and its parts
 * are the sibling files item-editor-*.tsx; its actions are `../item-editor-actions.ts`.
 */
import '../styles/editor.css';
import { ErrorView, Loading, PageTitle } from '../components.tsx';
import { loadEditor } from '../item-editor-data.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { SessionPerson } from '../types.ts';
import { isNotFound, useLoad } from '../use-api.ts';
import { EditorForm } from './item-editor-form.tsx';

export function ItemEditor({
  person,
  forum,
  itemId,
}: {
  person: SessionPerson;
  forum: string | null;
  itemId: string | null;
}) {
  const { t } = useLocale();
  const loaded = useLoad(`editor:${forum ?? ''}:${itemId ?? ''}`, () =>
    loadEditor(person.orgSlug, forum, itemId),
  );
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error')
    return isNotFound(loaded.error) ? (
      <>
        <PageTitle title={t('editor.notFound')}>{t('editor.notFound')}</PageTitle>
        <p>{t('editor.notFoundText')}</p>
        <p>
          <Link href={paths.home()}>{t('backHome')}</Link>
        </p>
      </>
    ) : (
      <ErrorView error={loaded.error} retry={loaded.retry} />
    );
  return <EditorForm person={person} data={loaded.data} />;
}
