/** An item's page (/punkter/:item): its state, forum, meeting and deadline, its content; the approver decides here. */

import { useEffect, useState } from 'react';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { ErrorView, Loading, PageTitle } from '../components.tsx';
import { getItemPage, myWork } from '../data.ts';
import { clearFlash, peekFlash } from '../flash.ts';
import { ItemBody } from '../item-body.tsx';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { SessionPerson } from '../types.ts';
import { isNotFound, useLoad } from '../use-api.ts';
import { Deadline } from '../work.tsx';
import { DecisionForm } from './decision-form.tsx';

export function ItemPage({ person, itemId }: { person: SessionPerson; itemId: string }) {
  const { t, tx, shortDate } = useLocale();
  const org = person.orgSlug;
  // The outcome of the editor's submission, said once.
  const [flash] = useState(peekFlash);
  useEffect(clearFlash, []);
  const loaded = useLoad(`item:${itemId}`, async () => {
    const [page, work] = await Promise.all([getItemPage(org, itemId), myWork(person)]);
    return { ...page, work };
  });
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error')
    return isNotFound(loaded.error) ? (
      <>
        <PageTitle title={t('itemNotFound')}>{t('itemNotFound')}</PageTitle>
        <p>{t('itemNotFoundText')}</p>
        <p>
          <Link href={paths.home()}>{t('backHome')}</Link>
        </p>
      </>
    ) : (
      <ErrorView error={loaded.error} retry={loaded.retry} />
    );
  const { item, forum, attachments, history, work } = loaded.data;
  const mine = [...work.items, ...work.approvals].find((w) => w.itemId === item.id);
  const nameOf = (personId: string | null) =>
    personId
      ? (forum.members.find((m) => m.personId === personId)?.name ??
        (mine?.submitter?.id === personId ? mine.submitter.name : null) ??
        (personId === person.id ? person.name : null))
      : null;
  const submitter = nameOf(item.submitterPersonId);
  const approver = nameOf(item.approverPersonId);
  const decides =
    item.state === 'submitted' && item.approverPersonId === person.id && item.submitterPersonId !== person.id;
  const editable =
    item.submitterPersonId === person.id && (item.state === 'draft' || item.state === 'returned');
  const template = forum.charter?.template.map(({ key, heading }) => ({ key, heading })) ?? [];
  const content = {
    sections: Object.entries(item.sections).map(([key, body]) => ({ key, heading: key, body })),
    recommendations: item.recommendations,
    attachments,
  };
  const empty =
    content.sections.length === 0 && content.recommendations.length === 0 && attachments.length === 0;

  return (
    <>
      <Breadcrumbs
        {...(decides
          ? { parent: { href: paths.approvals(), name: t('approvals') } }
          : { forum: { key: forum.shortName, name: forum.name } })}
      >
        {item.title}
      </Breadcrumbs>
      <PageTitle title={item.title}>
        {item.title}
        <span className="subheading">
          {forum.name} · {tx('type', item.type)}
        </span>
      </PageTitle>
      {flash && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{flash}</p>
          </div>
        </div>
      )}
      <p>
        <span className="badge badge-info item-state">{tx('state', item.state)}</span>
        {item.closed && (
          <>
            {' '}
            <span className="badge badge-warning">{t('closedItem')}</span>
            {item.closedBasis && ` ${t('closedBasis')} ${item.closedBasis}`}
          </>
        )}
      </p>
      <section aria-labelledby="item-details">
        <h2 id="item-details" className="sr-only">
          {t('itemDetails')}
        </h2>
        <dl className="item-facts">
          <dt>{t('forum')}</dt>
          <dd>
            <Link href={paths.forum(forum.shortName)}>{forum.name}</Link>
          </dd>
          {submitter && (
            <>
              <dt>{t('submitter')}</dt>
              <dd>
                {submitter}
                {item.submittedAt && ` · ${shortDate(item.submittedAt)}`}
              </dd>
            </>
          )}
          {approver && (
            <>
              <dt>{t('approver')}</dt>
              <dd>{approver}</dd>
            </>
          )}
          {mine && (
            <>
              <dt>{t('aimsAt')}</dt>
              <dd>{mine.meeting ? shortDate(mine.meeting.start) : t('noMeetingYet')}</dd>
              {mine.deadline && (
                <>
                  <dt>{t('deadline')}</dt>
                  <dd>
                    <Deadline deadline={mine.deadline} />
                  </dd>
                </>
              )}
            </>
          )}
          {item.durationMinutes && (
            <>
              <dt>{t('time')}</dt>
              <dd>
                {item.durationMinutes} {t('minutes')}
              </dd>
            </>
          )}
          {item.caseId && (
            <>
              <dt>{t('caseNumber')}</dt>
              <dd>
                <Link href={paths.caseTimeline(item.caseId)}>{t('editor.caseTimeline')}</Link>
              </dd>
            </>
          )}
          {item.presenters.length > 0 && (
            <>
              <dt>{t('presenters')}</dt>
              <dd>{item.presenters.map((p) => p.name).join(', ')}</dd>
            </>
          )}
        </dl>
      </section>
      {editable && (
        <p>
          <Link href={paths.editItem(item.id)} className="button button-primary">
            {t('editor.edit')}
            <span className="sr-only"> {item.title}</span>
          </Link>
        </p>
      )}
      <article className="agenda-item item-page" aria-label={item.title}>
        {empty ? (
          <p>{t('noContent')}</p>
        ) : (
          <ItemBody item={content} itemId={item.id} org={org} template={template} number={null} />
        )}
      </article>
      {history.length > 0 && (
        <section aria-labelledby="item-history">
          <h2 id="item-history">{t('history')}</h2>
          <ol className="item-history">
            {history.map((h) => (
              <li key={`${h.at}-${h.action}`}>
                <strong>{tx('action', h.action)}</strong> · {shortDate(h.at)} · {h.actor}
                {h.comment && <p className="item-history__comment">{h.comment}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {decides && <DecisionForm org={org} item={item} />}
    </>
  );
}
