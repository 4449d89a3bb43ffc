/**
 * The follow-up table: number, title, owner (a forum's register) or forum (mine), due date, status with
 * evidence, the meeting and item it came from, and the button that opens the complete form.
 */
import { canComplete, isManagerOf } from '../follow-up-list.ts';
import type { FollowUpRegister } from '../follow-ups-data.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { FollowUpView, SessionPerson } from '../types.ts';

const STATUS_BADGE: Record<FollowUpView['status'], string> = {
  open: 'badge badge-info',
  overdue: 'badge badge-error',
  done: 'badge badge-success',
};

export function FollowUpTable({
  person,
  data,
  shown,
  number,
  selected,
  buttonId,
  onSelect,
}: {
  person: SessionPerson;
  data: FollowUpRegister;
  /** The entries shown (the filter applied). */
  shown: FollowUpView[];
  /** Each entry's number in order of registration. */
  number: Map<string, number>;
  /** The entry whose complete form is open. */
  selected: string | null;
  /** The id of an entry's complete button. */
  buttonId: (followUpId: string) => string;
  onSelect: (followUpId: string) => void;
}) {
  const { t, tx, shortDate } = useLocale();
  const forumOf = (forumId: string) => data.forums.find((f) => f.id === forumId);
  const ownerName = (ownerId: string) =>
    ownerId === person.id
      ? person.name
      : (data.forum?.members.find((m) => m.personId === ownerId)?.name ?? t('fu.unknownOwner'));
  const managerOf = (forumId: string) =>
    data.forum?.id === forumId ? isManagerOf(person, data.forum.members) : person.role === 'admin';
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact fu-table">
        <caption className="sr-only">
          {data.forum ? `${t('fu.register')}: ${data.forum.name}` : t('fu.mine')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('fu.no')}</th>
            <th scope="col">{t('followUp')}</th>
            {data.forum ? <th scope="col">{t('fu.owner')}</th> : <th scope="col">{t('forum')}</th>}
            <th scope="col">{t('due')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('fu.source')}</th>
            <th scope="col">{t('fu.action')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((f) => {
            const source = f.sourceItemId ? data.sources.get(f.sourceItemId) : undefined;
            const forum = forumOf(f.forumId);
            return (
              <tr key={f.id}>
                <td>{number.get(f.id)}</td>
                <th scope="row" className="fu-title">
                  {f.title}
                  {f.note && <span className="meta fu-note">{f.note}</span>}
                </th>
                {data.forum ? (
                  <td>{ownerName(f.ownerPersonId)}</td>
                ) : (
                  <td>{forum ? <Link href={paths.followUps(forum.shortName)}>{forum.name}</Link> : ''}</td>
                )}
                <td className="nowrap">{f.dueDate ? shortDate(f.dueDate) : ''}</td>
                <td>
                  <span className={STATUS_BADGE[f.status]}>{tx('followUp', f.status)}</span>
                  {f.status === 'done' && (
                    <span className="fu-evidence">
                      {f.doneAt && (
                        <span className="meta">
                          {t('fu.doneOn')} {shortDate(f.doneAt)}
                        </span>
                      )}
                      {f.evidence && (
                        <span>
                          {t('fu.evidence')}: {f.evidence}
                        </span>
                      )}
                    </span>
                  )}
                </td>
                <td>
                  {source ? (
                    <span className="fu-source">
                      {source.meeting && forum && (
                        <Link href={paths.meeting(forum.shortName, source.meeting.id)}>
                          {t('fu.meetingOf')} {shortDate(source.meeting.start)}
                        </Link>
                      )}
                      <Link href={paths.item(source.item.id)}>{source.item.title}</Link>
                    </span>
                  ) : f.sourceItemId ? (
                    ''
                  ) : (
                    <span className="meta">{t('fu.sourceUnknown')}</span>
                  )}
                </td>
                <td>
                  {canComplete(person, f, managerOf) && (
                    <button
                      type="button"
                      id={buttonId(f.id)}
                      className="button button-secondary fu-action"
                      aria-expanded={selected === f.id}
                      onClick={() => onSelect(f.id)}
                    >
                      {t('fu.complete')}
                      <span className="sr-only">: {f.title}</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
