/**
 * The meeting builder's agenda: the items in order with their time plan, moved up or down and taken
 * off by buttons, and the planned total with a warning when the plan does not fit the meeting.
 */
import type { LiveAgendaItem } from '../builder-data.ts';
import type { Plan } from '../builder-plan.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';

export function BuilderAgenda({
  items,
  plan,
  published,
  open,
  refFor,
  onMove,
  onTakeOff,
}: {
  items: LiveAgendaItem[];
  plan: Plan;
  /** Items on the latest published version: they cannot be taken off. */
  published: string[];
  /** Whether the agenda can still be changed. */
  open: boolean;
  /** Registers an element the builder moves the focus to (key `${itemId}:link|up|down`). */
  refFor: (key: string) => (el: HTMLElement | null) => void;
  onMove: (index: number, delta: -1 | 1) => void;
  onTakeOff: (item: LiveAgendaItem) => void;
}) {
  const { t, tx, time } = useLocale();
  return (
    <section aria-labelledby="builder-agenda">
      <h2 id="builder-agenda">{t('builder.agenda')}</h2>
      {items.length === 0 ? (
        <p>{t('builder.emptyAgenda')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact builder-agenda">
            <caption className="sr-only">{t('builder.agendaCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('builder.number')}</th>
                <th scope="col">{t('builder.time')}</th>
                <th scope="col">{t('builder.item')}</th>
                <th scope="col">{t('builder.duration')}</th>
                {open && <th scope="col">{t('builder.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {items.map((item, index) => {
                const slot = plan.slots[index];
                const canTakeOff = !item.standing && !published.includes(item.itemId);
                return (
                  <tr key={item.itemId} data-item={item.itemId}>
                    <td>{index + 1}.</td>
                    <td className="nowrap builder-time">
                      {slot && (
                        <>
                          {time(slot.start)}–{time(slot.end)}
                        </>
                      )}
                    </td>
                    <th scope="row">
                      <span ref={refFor(`${item.itemId}:link`)}>
                        <Link href={paths.item(item.itemId)}>{item.title}</Link>
                      </span>
                      <span className="builder-item-meta">
                        {tx('type', item.type)}
                        {item.standing && <> · {t('builder.standing')}</>}
                        {item.closed && (
                          <>
                            {' '}
                            <span className="badge badge-warning">{t('closedItem')}</span>
                          </>
                        )}
                      </span>
                    </th>
                    <td className="nowrap">
                      {item.durationMinutes === null
                        ? t('builder.noDuration')
                        : `${item.durationMinutes} ${t('minutes')}`}
                    </td>
                    {open && (
                      <td>
                        <div className="builder-actions">
                          <button
                            type="button"
                            className="button button-secondary"
                            ref={refFor(`${item.itemId}:up`)}
                            disabled={index === 0}
                            onClick={() => void onMove(index, -1)}
                            aria-label={`${t('builder.moveUp')}: ${item.title}`}
                          >
                            {t('builder.moveUp')}
                          </button>
                          <button
                            type="button"
                            className="button button-secondary"
                            ref={refFor(`${item.itemId}:down`)}
                            disabled={index === items.length - 1}
                            onClick={() => void onMove(index, 1)}
                            aria-label={`${t('builder.moveDown')}: ${item.title}`}
                          >
                            {t('builder.moveDown')}
                          </button>
                          {canTakeOff && (
                            <button
                              type="button"
                              className="button button-tertiary"
                              onClick={() => void onTakeOff(item)}
                              aria-label={`${t('builder.unschedule')}: ${item.title}`}
                            >
                              {t('builder.unschedule')}
                            </button>
                          )}
                        </div>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="builder-total">
        {t('builder.planned')} {plan.plannedMinutes} {t('minutes')} {t('builder.of')} {plan.meetingMinutes}{' '}
        {t('minutes')}
      </p>
      {(plan.overMinutes > 0 || plan.unplanned.length > 0) && (
        <div className="alert alert-warning">
          <div className="alert-body">
            {plan.overMinutes > 0 && (
              <p className="alert-text">
                {t('builder.over')} {plan.overMinutes} {t('builder.overSuffix')}
              </p>
            )}
            {plan.unplanned.length > 0 && (
              <p className="alert-text">
                {t('builder.unplanned')} {plan.unplanned.join(', ')}.
              </p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
