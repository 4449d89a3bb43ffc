/**
 * Minute-taking (/fora/:forum/moeder/:meeting/referat): the secretary writes the minutes item by
 * item during the meeting — presence, one outcome per recommendation, decision, "Skal kommunikeres
 * ud", follow-ups — with autosave guarded by the version read (a conflict keeps what was typed),
 * finalises each item, can postpone the rest, and releases the minutes (review, publish). The
 * pieces are the sibling files minute-taking-*.tsx; the autosave is `../minute-taking-autosave.ts`.
 */
import { ApiError } from '../api.ts';
import { ErrorView, Loading, PageTitle } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import { getDraft, loadMinuteTaking } from '../minute-taking-data.ts';
import { Link, paths } from '../router.tsx';
import type { SessionPerson } from '../types.ts';
import { isNotFound, useLoad } from '../use-api.ts';
import { MinuteTakingPage } from './minute-taking-page.tsx';

export function MinuteTaking({
  person,
  forum,
  meeting,
}: {
  person: SessionPerson;
  forum: string;
  meeting: string;
}) {
  const { t } = useLocale();
  const org = person.orgSlug;
  const loaded = useLoad(`minute-taking:${forum}:${meeting}`, async () => {
    const data = await loadMinuteTaking(org, forum, meeting);
    const draft = await getDraft(org, forum, data.agenda.content.meeting.id);
    return { data, draft };
  });
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') {
    if (!isNotFound(loaded.error)) return <ErrorView error={loaded.error} retry={loaded.retry} />;
    const noAgenda = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <>
        <PageTitle title={t('minuteTakingTitle')}>{t('minuteTakingTitle')}</PageTitle>
        <p>{t(noAgenda ? 'mt.noAgenda' : 'mt.noAccess')}</p>
        <p>
          <Link href={paths.meeting(forum, meeting)}>{t('mt.toAgenda')}</Link>
        </p>
      </>
    );
  }
  return (
    <MinuteTakingPage org={org} forum={forum} data={loaded.data.data} initialDraft={loaded.data.draft} />
  );
}
