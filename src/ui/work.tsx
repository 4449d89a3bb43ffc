/** "Mit arbejde" pieces shared by home and the approval inbox: a deadline with its urgency, the items table. */
import { useLocale } from './locale.tsx';
import { Link, paths } from './router.tsx';
import type { WorkItem } from './types.ts';

const HOURS_48 = 48 * 3_600_000;

export type Urgency = 'passed' | 'soon' | 'later';

export function urgencyOf(deadline: string, now = Date.now()): Urgency {
  const left = new Date(deadline).getTime() - now;
  return left < 0 ? 'passed' : left <= HOURS_48 ? 'soon' : 'later';
}

/** A deadline, with a badge when it is less than 48 hours away or has passed (text, not only colour). */
export function Deadline({ deadline }: { deadline: string | null }) {
  const { t, date, time } = useLocale();
  if (!deadline) return null;
  const urgency = urgencyOf(deadline);
  return (
    <span className={`deadline deadline-${urgency}`}>
      <span className="nowrap">{date(deadline)}</span>, {time(deadline)}
      {urgency !== 'later' && (
        <>
          {' '}
          <span className={`badge ${urgency === 'passed' ? 'badge-error' : 'badge-warning'}`}>
            {t(urgency === 'passed' ? 'deadlinePassed' : 'deadlineSoon')}
          </span>
        </>
      )}
    </span>
  );
}

/** My own drafts and returned items open in the editor; everything else on the item page. */
const editable = (w: WorkItem, show: 'state' | 'submitter'): boolean =>
  show === 'state' && (w.state === 'draft' || w.state === 'returned');

/** My items (with their state) or the items awaiting my approval (with their submitter). */
export function WorkTable({ items, show }: { items: WorkItem[]; show: 'state' | 'submitter' }) {
  const { t, tx, shortDate } = useLocale();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact work-table">
        <thead>
          <tr>
            <th scope="col">{t('item')}</th>
            <th scope="col">{t('forum')}</th>
            <th scope="col">{show === 'state' ? t('state') : t('submitter')}</th>
            <th scope="col">{t('aimsAt')}</th>
            <th scope="col">{t('deadline')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((w) => (
            <tr key={w.itemId}>
              <th scope="row">
                <Link href={editable(w, show) ? paths.editItem(w.itemId) : paths.item(w.itemId)}>
                  {w.title}
                </Link>
                {w.closed && (
                  <>
                    {' '}
                    <span className="badge badge-warning">{t('closedItem')}</span>
                  </>
                )}
              </th>
              <td>{w.forum.name}</td>
              <td>{show === 'state' ? tx('state', w.state) : (w.submitter?.name ?? '')}</td>
              <td className="nowrap">{w.meeting ? shortDate(w.meeting.start) : t('noMeetingYet')}</td>
              <td>{w.deadline ? <Deadline deadline={w.deadline} /> : t('noDeadline')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
