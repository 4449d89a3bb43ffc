/**
 * Below a forum's meetings in the year view: the wheel's milestones whose rule finds no meeting in
 * the year, and the work programme's initiatives with a link to the programme's page.
 */
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { YearForum } from '../year-data.ts';

export function YearUnplaced({ forum }: { forum: YearForum }) {
  const { t } = useLocale();
  if (!forum.unplacedMilestones || forum.unplacedMilestones.length === 0) return null;
  return (
    <div className="year-extra">
      <h3 className="h4">{t('year.unplaced')}</h3>
      <p className="meta">{t('year.unplacedHint')}</p>
      <ul>
        {forum.unplacedMilestones.map((m) => (
          <li key={m.entryId}>{m.title}</li>
        ))}
      </ul>
    </div>
  );
}

export function YearProgramme({ forum, year }: { forum: YearForum; year: number }) {
  const { t, tx } = useLocale();
  const programme = forum.programme;
  if (!programme) return null;
  return (
    <div className="year-extra">
      <h3 className="h4">
        {t('year.programme')}: {programme.title}
      </h3>
      {programme.initiatives.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">
              {forum.name}: {t('year.programme')} {year}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('year.initiative')}</th>
                <th scope="col">{t('year.status')}</th>
                <th scope="col">{t('year.owner')}</th>
              </tr>
            </thead>
            <tbody>
              {programme.initiatives.map((i) => (
                <tr key={i.id}>
                  <th scope="row">{i.title}</th>
                  <td>{tx('year.initiativeStatus', i.status)}</td>
                  <td>{i.ownerName ?? <span className="meta">{t('year.noOwner')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link href={paths.workProgramme(forum.shortName, year)}>
          {t('year.toProgramme')}
          <span className="sr-only">
            : {forum.name} {year}
          </span>
        </Link>
      </p>
    </div>
  );
}
