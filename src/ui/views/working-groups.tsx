/**
 * A forum's working groups (/fora/:forum/arbejdsgrupper): the table of groups with mandate excerpt,
 * deadline, status and report-back item; "Mine arbejdsgrupper" (the person's groups across forums,
 * also where they sit in no parent forum); and the managers' form for a new group.
 */
import { useRef, useState } from 'react';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { PageTitle, Show } from '../components.tsx';
import { setFlash } from '../flash.ts';
import { excerpt, type GroupsPage, loadGroups, mandateText, type WorkingGroupView } from '../groups-data.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths, useRouter } from '../router.tsx';
import type { SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import { MyWorkingGroups } from './my-working-groups.tsx';
import { WorkingGroupForm } from './working-group-form.tsx';
import '../styles/groups.css';

/** The report-back item: a link when the reader may open it, with the meeting it is meant for. */
export function ReportBack({ forum, group }: { forum: string; group: WorkingGroupView }) {
  const { t, shortDate } = useLocale();
  const r = group.reportBack;
  if (!r) return <>{t('groups.reportBackNone')}</>;
  const meeting = r.meeting ? (
    <Link href={paths.meeting(forum, r.meeting.id)}>
      {t('groups.reportBackMeeting')} {shortDate(r.meeting.start)}
    </Link>
  ) : (
    t('groups.reportBackNoMeeting')
  );
  return (
    <span className="wg-report">
      {r.readable ? <Link href={paths.item(r.itemId)}>{r.title}</Link> : <span>{r.title}</span>}
      <span className="meta">{meeting}</span>
    </span>
  );
}

function GroupTable({ forum, groups }: { forum: string; groups: WorkingGroupView[] }) {
  const { t, tx, shortDate } = useLocale();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact wg-table">
        <caption className="sr-only">{t('groups.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('groups.name')}</th>
            <th scope="col">{t('groups.mandate')}</th>
            <th scope="col">{t('groups.deadlineShort')}</th>
            <th scope="col">{t('groups.status')}</th>
            <th scope="col">{t('groups.reportBack')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.id}>
              <th scope="row">
                <Link href={paths.workingGroup(forum, g.id)}>{g.name}</Link>
                <span className="meta wg-count">
                  {g.members.length} {t('groups.membersCount')}
                </span>
              </th>
              <td>{excerpt(mandateText(g.mandate))}</td>
              <td>{shortDate(g.deadline)}</td>
              <td>{tx('groups.status', g.status)}</td>
              <td>
                <ReportBack forum={forum} group={g} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function GroupsBody({ person, forum, data }: { person: SessionPerson; forum: string; data: GroupsPage }) {
  const { t } = useLocale();
  const { navigate } = useRouter();
  const [adding, setAdding] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  return (
    <>
      {data.groups.length === 0 ? (
        <p>{t('groups.none')}</p>
      ) : (
        <GroupTable forum={forum} groups={data.groups} />
      )}
      {data.manager &&
        (adding ? (
          <WorkingGroupForm
            org={person.orgSlug}
            forum={forum}
            group={null}
            onCancel={() => {
              setAdding(false);
              setTimeout(() => newButton.current?.focus());
            }}
            onSaved={(g) => {
              setFlash(t('groups.created'));
              navigate(paths.workingGroup(forum, g.id));
            }}
          />
        ) : (
          <p>
            <button
              ref={newButton}
              type="button"
              className="button button-primary"
              onClick={() => setAdding(true)}
            >
              {t('groups.new')}
            </button>
          </p>
        ))}
      <MyWorkingGroups person={person} mine={data.mine} />
    </>
  );
}

export function WorkingGroups({ person, forum }: { person: SessionPerson; forum: string }) {
  const { t } = useLocale();
  const loaded = useLoad(`groups:${person.id}:${forum}`, () => loadGroups(person, forum));
  const forumName = loaded.state === 'done' ? loaded.data.forum.name : forum;
  const title = `${t('groups.title')}: ${forumName}`;
  return (
    <>
      <Breadcrumbs forum={{ key: forum, name: forumName }}>{t('groups.title')}</Breadcrumbs>
      <PageTitle title={title}>{title}</PageTitle>
      <p>{t('groups.intro')}</p>
      <Show loaded={loaded}>{(data) => <GroupsBody person={person} forum={forum} data={data} />}</Show>
    </>
  );
}
