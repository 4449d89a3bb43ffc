/** The secretary's links from a meeting to its builder and minute-taking; nothing for anyone else. */
import { rolesIn } from '../builder-data.ts';
import { getForum } from '../data.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import '../styles/builder.css';

export function MeetingActions({
  person,
  forum,
  meeting,
}: {
  person: SessionPerson;
  forum: string;
  meeting: string;
}) {
  const { t } = useLocale();
  const loaded = useLoad(`meeting-actions:${forum}`, () => getForum(person.orgSlug, forum));
  // The links are a convenience: while loading, or if the forum cannot be read, there are none.
  if (loaded.state !== 'done' || !rolesIn(loaded.data, person).includes('secretary')) return null;
  return (
    <nav aria-label={t('meetingActions.label')}>
      <ul className="forum-tools">
        <li>
          <Link href={paths.builder(forum, meeting)} className="button button-secondary">
            {t('meetingActions.prepare')}
          </Link>
        </li>
        <li>
          <Link href={paths.minuteTaking(forum, meeting)} className="button button-secondary">
            {t('meetingActions.minutes')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
