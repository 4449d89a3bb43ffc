/**
 * A working group (/fora/:forum/arbejdsgrupper/:group): mandate, deadline, status, the members with
 * why each was chosen, and the report-back item on the parent forum with its meeting. The forum's
 * managers edit it in place.
 */
import { useEffect, useRef, useState } from 'react';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { PageTitle, Show } from '../components.tsx';
import { clearFlash, peekFlash } from '../flash.ts';
import { type GroupPage, loadGroup, type WorkingGroupView } from '../groups-data.ts';
import { useLocale } from '../locale.tsx';
import { RichText } from '../rich-text.tsx';
import { Link, paths } from '../router.tsx';
import { StatusMessage } from '../status-message.tsx';
import type { SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import { WorkingGroupForm } from './working-group-form.tsx';
import { ReportBack } from './working-groups.tsx';
import '../styles/groups.css';

function Members({ group }: { group: WorkingGroupView }) {
  const { t, tx } = useLocale();
  if (group.members.length === 0) return <p>{t('groups.noMembers')}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact wg-table">
        <caption className="sr-only">{t('groups.members')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('groups.member')}</th>
            <th scope="col">{t('groups.basis')}</th>
            <th scope="col">{t('groups.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {group.members.map((m) => (
            <tr key={m.personId}>
              <th scope="row">
                {m.name}
                {m.title && <span className="meta wg-count">{m.title}</span>}
              </th>
              <td>{tx('groups.basis', m.basis)}</td>
              <td>{m.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function GroupBody({
  person,
  forum,
  data,
  onSaved,
}: {
  person: SessionPerson;
  forum: string;
  data: GroupPage;
  onSaved: (g: WorkingGroupView) => void;
}) {
  const { t, tx, shortDate } = useLocale();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const g = data.group;
  return (
    <>
      <dl className="wg-facts">
        <div>
          <dt>{t('groups.deadline')}</dt>
          <dd>{shortDate(g.deadline)}</dd>
        </div>
        <div>
          <dt>{t('groups.status')}</dt>
          <dd>{tx('groups.status', g.status)}</dd>
        </div>
        <div>
          <dt>{t('groups.reportBackItem')}</dt>
          <dd>
            <ReportBack forum={forum} group={g} />
            {g.reportBack && !g.reportBack.readable && (
              <span className="meta">{t('groups.reportBackClosed')}</span>
            )}
          </dd>
        </div>
      </dl>
      <h2>{t('groups.mandate')}</h2>
      <div className="wg-mandate">
        <RichText doc={g.mandate} headingBase={3} />
      </div>
      <h2>{t('groups.members')}</h2>
      <Members group={g} />
      {data.manager &&
        (g.status === 'closed' ? (
          <p className="meta">{t('groups.closedNoEdit')}</p>
        ) : editing ? (
          <WorkingGroupForm
            org={person.orgSlug}
            forum={forum}
            group={g}
            onCancel={() => {
              setEditing(false);
              setTimeout(() => editButton.current?.focus());
            }}
            onSaved={(saved) => {
              setEditing(false);
              onSaved(saved);
            }}
          />
        ) : (
          <p>
            <button
              ref={editButton}
              type="button"
              className="button button-secondary"
              onClick={() => setEditing(true)}
            >
              {t('groups.edit')}
            </button>
          </p>
        ))}
      <p>
        <Link href={paths.workingGroups(forum)}>{t('groups.title')}</Link>
      </p>
    </>
  );
}

export function WorkingGroup({
  person,
  forum,
  group,
}: {
  person: SessionPerson;
  forum: string;
  group: string;
}) {
  const { t } = useLocale();
  const [flash, setFlashText] = useState(peekFlash);
  useEffect(clearFlash, []);
  const loaded = useLoad(`group:${person.id}:${forum}:${group}`, () => loadGroup(person, forum, group));
  const [saved, setSaved] = useState<WorkingGroupView | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const data = loaded.state === 'done' ? { ...loaded.data, group: saved ?? loaded.data.group } : null;
  const shown = data ? { state: 'done' as const, data } : loaded;
  const name = data?.group.name ?? t('groups.title');
  return (
    <>
      <Breadcrumbs
        parent={{
          href: paths.workingGroups(forum),
          name: `${t('groups.title')}: ${data?.forum.name ?? forum}`,
        }}
      >
        {name}
      </Breadcrumbs>
      <PageTitle title={name}>{name}</PageTitle>
      <StatusMessage className="flash" focusable ref={statusRef}>
        {flash}
      </StatusMessage>
      <Show loaded={shown}>
        {(d) => (
          <GroupBody
            person={person}
            forum={forum}
            data={d}
            onSaved={(g) => {
              setSaved(g);
              setFlashText(t('groups.saved'));
              statusRef.current?.focus();
            }}
          />
        )}
      </Show>
    </>
  );
}
