/** The director's approval inbox: the items submitted to me, each to open, read and decide. */

import { useEffect, useState } from 'react';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { PageTitle, Show } from '../components.tsx';
import { myWork } from '../data.ts';
import { clearFlash, peekFlash } from '../flash.ts';
import { useLocale } from '../locale.tsx';
import type { SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import { WorkTable } from '../work.tsx';

export function Approvals({ person }: { person: SessionPerson }) {
  const { t } = useLocale();
  // The outcome of the decision just made (on the item page), said once.
  const [flash] = useState(peekFlash);
  useEffect(clearFlash, []);
  const loaded = useLoad(`approvals:${person.id}`, () => myWork(person));
  return (
    <>
      <Breadcrumbs>{t('approvals')}</Breadcrumbs>
      <PageTitle title={t('approvalsTitle')}>{t('approvalsTitle')}</PageTitle>
      <div role="status" className="flash">
        {flash && (
          <div className="alert alert-success">
            <div className="alert-body">
              <p className="alert-text">{flash}</p>
            </div>
          </div>
        )}
      </div>
      <p>{t('approvalsIntro')}</p>
      <Show loaded={loaded}>
        {(work) =>
          work.approvals.length === 0 ? (
            <p>{t('noApprovals')}</p>
          ) : (
            <WorkTable items={work.approvals} show="submitter" />
          )
        }
      </Show>
    </>
  );
}
