/**
 * "Mine arbejdsgrupper": the person's working groups across forums, also under forums they do not
 * sit in; on home (when there are any) and on a forum's working groups page.
 */
import type { MyWorkingGroup } from '../groups-data.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { SessionPerson } from '../types.ts';

export function MyWorkingGroups({ person, mine }: { person: SessionPerson; mine: MyWorkingGroup[] }) {
  const { t, tx, shortDate } = useLocale();
  return (
    <section aria-labelledby="wg-mine" className="wg-mine home-wide">
      <h2 id="wg-mine">{t('groups.mine')}</h2>
      <p>{t('groups.mineIntro')}</p>
      {mine.length === 0 ? (
        <p>{t('groups.mineNone')}</p>
      ) : (
        <ul className="nobullet-list wg-mine-list">
          {mine.map((g) => {
            const me = g.members.find((m) => m.personId === person.id);
            return (
              <li key={g.id}>
                <Link href={paths.workingGroup(g.forum.shortName, g.id)}>{g.name}</Link>
                <span className="meta">
                  {t('groups.parentForum')} {g.forum.name} · {t('groups.deadlineShort')}{' '}
                  {shortDate(g.deadline)} · {tx('groups.status', g.status)}
                  {me && ` · ${t('groups.myBasis')}: ${tx('groups.basis', me.basis).toLowerCase()}`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
