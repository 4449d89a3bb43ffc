/** The meeting builder's queue: the forum's approved items not yet on a meeting, each to be scheduled. */
import type { QueuedItem } from '../builder-data.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { ForumView } from '../types.ts';

export function BuilderQueue({
  queue,
  approved,
  members,
  open,
  refFor,
  onSchedule,
}: {
  queue: QueuedItem[];
  /** When each queued item was approved (by id), or null. */
  approved: Record<string, string | null>;
  members: ForumView['members'];
  /** Whether the meeting can still take items. */
  open: boolean;
  /** Registers an element the builder moves the focus to (key `${itemId}:queue`). */
  refFor: (key: string) => (el: HTMLElement | null) => void;
  onSchedule: (q: QueuedItem) => void;
}) {
  const { t, tx, shortDate } = useLocale();
  const memberName = (id: string | null) => (id && members.find((x) => x.personId === id)?.name) || '–';
  return (
    <section aria-labelledby="builder-queue">
      <h2 id="builder-queue">{t('builder.queue')}</h2>
      <p>{t('builder.queueIntro')}</p>
      {queue.length === 0 ? (
        <p>{t('builder.queueEmpty')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact builder-queue">
            <caption className="sr-only">{t('builder.queueCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('builder.item')}</th>
                <th scope="col">{t('builder.submitter')}</th>
                <th scope="col">{t('builder.duration')}</th>
                <th scope="col">{t('builder.approved')}</th>
                {open && <th scope="col">{t('builder.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {queue.map((q) => {
                const at = approved[q.id] ?? null;
                return (
                  <tr key={q.id}>
                    <th scope="row">
                      <span ref={refFor(`${q.id}:queue`)}>
                        <Link href={paths.item(q.id)}>{q.title}</Link>
                      </span>
                      <span className="builder-item-meta">
                        {tx('type', q.type)}
                        {q.late && (
                          <>
                            {' '}
                            <span className="badge badge-warning">{t('builder.late')}</span>
                          </>
                        )}
                      </span>
                    </th>
                    <td>{memberName(q.submitterPersonId)}</td>
                    <td className="nowrap">
                      {q.durationMinutes === null
                        ? t('builder.noDuration')
                        : `${q.durationMinutes} ${t('minutes')}`}
                    </td>
                    <td className="nowrap">{at ? shortDate(at) : '–'}</td>
                    {open && (
                      <td>
                        <button
                          type="button"
                          className="button button-secondary"
                          onClick={() => void onSchedule(q)}
                          aria-label={`${t('builder.schedule')}: ${q.title}`}
                        >
                          {t('builder.schedule')}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
