/**
 * A case's journey through the forums (/sager/:case): the case (number, title, deciding forum) and
 * every visit of its items to a meeting, in order, with outcome, the forum's role, the result and
 * referrals with their reason; and the case as open data (OParl).
 */
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { PageTitle, Show } from '../components.tsx';
import { caseOparlHref, loadCaseTimeline, type TimelineVisit } from '../follow-ups-data.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { ForumSummary, SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import '../styles/follow-ups.css';

function Visit({ visit, forums }: { visit: TimelineVisit; forums: ForumSummary[] }) {
  const { t, tx, date, time } = useLocale();
  const name = (id: string, shortName: string) => forums.find((f) => f.id === id)?.name ?? shortName;
  const forumName = name(visit.forum.id, visit.forum.shortName);
  const referral = visit.referral;
  return (
    <li className={`case-visit case-visit-${visit.outcome}`}>
      <h3 className="case-visit-heading">
        {forumName} ({visit.forum.shortName}), {date(visit.meeting.start)}
      </h3>
      <dl className="case-facts">
        <dt>{t('case.meeting')}</dt>
        <dd>
          <Link href={paths.meeting(visit.forum.shortName, visit.meeting.id)}>
            {forumName} {date(visit.meeting.start)} {time(visit.meeting.start)}
          </Link>
        </dd>
        <dt>{t('case.item')}</dt>
        <dd>
          <Link href={paths.item(visit.item.id)}>
            {visit.item.number !== null && `${t('case.item')} ${visit.item.number}: `}
            {visit.item.title}
          </Link>
          {visit.item.closed && <span className="badge badge-warning case-closed">{t('case.closed')}</span>}
        </dd>
        <dt>{t('case.outcome')}</dt>
        <dd>{tx('case.outcome', visit.outcome)}</dd>
        <dt>{t('case.role')}</dt>
        <dd>{tx('case.role', visit.role)}</dd>
        {visit.result && (
          <>
            <dt>{t('case.result')}</dt>
            <dd>{visit.result}</dd>
          </>
        )}
        {referral && (
          <>
            <dt>{t('case.referral')}</dt>
            <dd>
              {t('case.referralFrom')} {referral.from.shortName} {t('case.referralTo')}{' '}
              {name(referral.to.id, referral.to.shortName)}
              {referral.itemId && (
                <>
                  {' '}
                  (
                  <Link href={paths.item(referral.itemId)}>
                    {t('case.referredItem')} {referral.to.shortName}
                  </Link>
                  )
                </>
              )}
            </dd>
            <dt>{t('case.reason')}</dt>
            <dd>{referral.reason}</dd>
          </>
        )}
      </dl>
    </li>
  );
}

export function CaseTimeline({ person, caseId }: { person: SessionPerson; caseId: string }) {
  const { t } = useLocale();
  const org = person.orgSlug;
  const loaded = useLoad(`case:${caseId}`, () => loadCaseTimeline(org, caseId));
  return (
    <Show loaded={loaded}>
      {({ timeline, forums }) => {
        const kase = timeline.case;
        const deciding = timeline.decidingForum;
        return (
          <>
            <Breadcrumbs>{t('case.title')}</Breadcrumbs>
            <PageTitle title={kase.title}>
              <span className="case-kind">{t('case.title')}</span> {kase.title}
            </PageTitle>
            <dl className="case-facts case-summary">
              <dt>{t('case.number')}</dt>
              <dd>{kase.caseNumber ?? t('case.noNumber')}</dd>
              {kase.kleTopicTitle && (
                <>
                  <dt>{t('case.kle')}</dt>
                  <dd>
                    {kase.kleTopic} {kase.kleTopicTitle}
                  </dd>
                </>
              )}
              <dt>{t('case.decidingForum')}</dt>
              <dd>
                {deciding
                  ? `${forums.find((f) => f.id === deciding.id)?.name ?? deciding.shortName} (${deciding.shortName})`
                  : t('case.noDecidingForum')}
                {deciding?.source === 'first_visit' && (
                  <span className="meta"> – {t('case.decidingFirstVisit')}</span>
                )}
              </dd>
            </dl>
            <ul className="nobullet-list case-links">
              <li>
                <a href={caseOparlHref(org, caseId)} type="application/json">
                  {t('case.oparl')}
                </a>
              </li>
              {kase.link && (
                <li>
                  <a href={kase.link}>{t('case.esdh')}</a>
                </li>
              )}
            </ul>
            <section aria-labelledby="case-journey">
              <h2 id="case-journey">{t('case.journey')}</h2>
              {timeline.visits.length === 0 ? (
                <p>{t('case.noVisits')}</p>
              ) : (
                <>
                  <p>{t('case.journeyIntro')}</p>
                  <ol className="case-timeline">
                    {timeline.visits.map((v) => (
                      <Visit key={`${v.item.id}-${v.meeting.id}`} visit={v} forums={forums} />
                    ))}
                  </ol>
                </>
              )}
            </section>
          </>
        );
      }}
    </Show>
  );
}
