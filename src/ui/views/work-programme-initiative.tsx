/** One initiative of the work programme: owner, status, description, milestones; the managers' edit and delete. */
import { useEffect, useId, useRef, useState } from 'react';
import { useLocale } from '../locale.tsx';
import type { InitiativeView } from '../programme-data.ts';
import { Link, paths } from '../router.tsx';

function Milestones({ forum, initiative }: { forum: string; initiative: InitiativeView }) {
  const { t, tx, shortDate } = useLocale();
  if (initiative.milestones.length === 0) return <p>{t('programme.noMilestones')}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption>
          {t('programme.milestonesOf')} «{initiative.title}»
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('programme.milestone')}</th>
            <th scope="col">{t('programme.dueDate')}</th>
            <th scope="col">{t('programme.status')}</th>
            <th scope="col">{t('programme.meeting')}</th>
            <th scope="col">{t('programme.item')}</th>
          </tr>
        </thead>
        <tbody>
          {initiative.milestones.map((m, i) => (
            // Milestones have no id of their own; their order is stable.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={i}>
              <th scope="row">{m.title}</th>
              <td>{shortDate(m.dueDate)}</td>
              <td>{tx('programme.milestoneStatus', m.status)}</td>
              <td>
                {m.meeting ? (
                  <Link href={paths.meeting(forum, m.meeting.id)}>{shortDate(m.meeting.start)}</Link>
                ) : (
                  t('programme.noLink')
                )}
              </td>
              <td>
                {m.item ? (
                  <Link href={paths.item(m.item.id)}>{m.item.title ?? t('programme.itemHidden')}</Link>
                ) : (
                  t('programme.noLink')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Initiative({
  forum,
  initiative,
  manager,
  onEdit,
  onRemove,
}: {
  forum: string;
  initiative: InitiativeView;
  /** Whether the edit and delete buttons are shown. */
  manager: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t, tx } = useLocale();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const yesButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) yesButton.current?.focus();
  }, [confirming]);
  return (
    <section aria-labelledby={`${id}-title`} className="wp-initiative">
      <h2 id={`${id}-title`}>{initiative.title}</h2>
      <dl className="wp-facts">
        <div>
          <dt>{t('programme.owner')}:</dt>
          <dd>{initiative.ownerName ?? t('programme.noOwner')}</dd>
        </div>
        <div>
          <dt>{t('programme.status')}:</dt>
          <dd>{tx('programme.status', initiative.status)}</dd>
        </div>
      </dl>
      {initiative.description && <p className="wp-description">{initiative.description}</p>}
      <h3>{t('programme.milestones')}</h3>
      <Milestones forum={forum} initiative={initiative} />
      {manager &&
        (confirming ? (
          <div className="wp-actions">
            <p id={`${id}-confirm`}>{t('programme.confirmRemove')}</p>
            <button
              ref={yesButton}
              type="button"
              className="button button-primary"
              aria-describedby={`${id}-confirm`}
              onClick={onRemove}
            >
              {t('programme.removeYes')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setConfirming(false);
                setTimeout(() => removeButton.current?.focus());
              }}
            >
              {t('programme.cancel')}
            </button>
          </div>
        ) : (
          <div className="wp-actions">
            <button type="button" className="button button-secondary" onClick={onEdit}>
              {t('programme.edit')} <span className="sr-only">«{initiative.title}»</span>
            </button>
            <button
              ref={removeButton}
              type="button"
              className="button button-secondary"
              onClick={() => setConfirming(true)}
            >
              {t('programme.remove')} <span className="sr-only">«{initiative.title}»</span>
            </button>
          </div>
        ))}
    </section>
  );
}
