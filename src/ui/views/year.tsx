/**
 * The organisation's year view (/aarsplan?aar=2025): a year switcher, and per forum its meetings of
 * the year with their load (year-meetings.tsx), the wheel's milestones without a meeting and the
 * work programme's initiatives (year-forum-extras.tsx).
 */
import { useState } from 'react';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { PageTitle, Show } from '../components.tsx';
import { localToday, useLocale } from '../locale.tsx';
import { Link, paths, useRouter } from '../router.tsx';
import type { SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import { hasPlannedContent, LOAD_TYPES, loadYearPlan, type YearForum, yearFromSearch } from '../year-data.ts';
import { YearProgramme, YearUnplaced } from './year-forum-extras.tsx';
import { YearMeetings } from './year-meetings.tsx';
import '../styles/year.css';

const sectionId = (shortName: string) => `aarsplan-${shortName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

function ForumYear({ forum, year, onlyPlanned }: { forum: YearForum; year: number; onlyPlanned: boolean }) {
  const { t } = useLocale();
  const headingId = `${sectionId(forum.shortName)}-heading`;
  const shown = onlyPlanned ? forum.meetings.filter(hasPlannedContent) : forum.meetings;
  return (
    <section className="year-forum" id={sectionId(forum.shortName)} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link href={paths.forum(forum.shortName)}>{forum.name}</Link>
      </h2>
      {forum.unplacedMilestones !== null && (
        <p>
          <Link href={paths.wheel(forum.shortName)}>
            {t('year.toWheel')}
            <span className="sr-only">: {forum.name}</span>
          </Link>
        </p>
      )}
      {shown.length === 0 ? (
        <p>{t(forum.meetings.length === 0 ? 'year.noMeetings' : 'year.noPlannedMeetings')}</p>
      ) : (
        <YearMeetings forum={{ ...forum, meetings: shown }} year={year} />
      )}
      <YearUnplaced forum={forum} />
      <YearProgramme forum={forum} year={year} />
    </section>
  );
}

function Legend() {
  const { t } = useLocale();
  return (
    <p className="year-legend" aria-hidden="true">
      {t('year.legend')}{' '}
      {LOAD_TYPES.map((type) => (
        <span key={type} className="year-legend-entry">
          <span className={`year-swatch year-bar-${type}`} /> {t(`year.load.${type}.other`)}
        </span>
      ))}
    </p>
  );
}

export function Year({ person }: { person: SessionPerson }) {
  const { t } = useLocale();
  const { search } = useRouter();
  const [onlyPlanned, setOnlyPlanned] = useState(false);
  const year = yearFromSearch(search, Number(localToday().slice(0, 4)));
  const loaded = useLoad(`year:${person.orgSlug}:${year}`, () => loadYearPlan(person.orgSlug, year));
  const title = `${t('year.title')} ${year}`;
  return (
    <>
      <Breadcrumbs>{t('year.title')}</Breadcrumbs>
      <PageTitle title={title}>{title}</PageTitle>
      <p>{t('year.intro')}</p>
      <nav className="year-switcher" aria-label={t('year.switcher')}>
        <Link className="button button-secondary" href={paths.year(year - 1)}>
          <span aria-hidden="true">‹&nbsp;</span>
          {t('year.previous')} ({year - 1})
        </Link>
        <Link className="button button-secondary" href={paths.year(year + 1)}>
          {t('year.next')} ({year + 1})<span aria-hidden="true">&nbsp;›</span>
        </Link>
      </nav>
      <Show loaded={loaded}>
        {(plan) =>
          plan.forums.length === 0 ? (
            <p>{t('year.noForums')}</p>
          ) : (
            <>
              {plan.forums.length > 1 && (
                <nav className="year-jump" aria-label={t('year.jump')}>
                  <ul className="nobullet-list">
                    {plan.forums.map((f) => (
                      <li key={f.shortName}>
                        <a href={`#${sectionId(f.shortName)}`}>{f.name}</a>
                      </li>
                    ))}
                  </ul>
                </nav>
              )}
              <div className="form-group form-group-checkbox">
                <input
                  type="checkbox"
                  className="form-checkbox checkbox-large"
                  id="aarsplan-only-planned"
                  checked={onlyPlanned}
                  onChange={(e) => setOnlyPlanned(e.target.checked)}
                />
                <label htmlFor="aarsplan-only-planned">{t('year.onlyPlanned')}</label>
              </div>
              <Legend />
              {plan.forums.map((f) => (
                <ForumYear key={f.shortName} forum={f} year={plan.year} onlyPlanned={onlyPlanned} />
              ))}
            </>
          )
        }
      </Show>
    </>
  );
}
