/**
 * What the organisers see of a leaders' day: the registrations (registered and waitlisted, in order of
 * registration) with their dietary needs and counts, where the evaluation item went, and the form
 * that changes the day (behind a button).
 */
import { useId, useRef, useState } from 'react';
import type { LeadersDayPage } from '../leaders-day-data.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { SessionPerson } from '../types.ts';
import { LeadersDayForm } from './leaders-day-form.tsx';

function Evaluation({ page }: { page: LeadersDayPage }) {
  const { t, shortDate } = useLocale();
  const e = page.evaluation;
  let body: React.ReactNode;
  if (!e) body = <p>{t('leadersDay.evaluationPending')}</p>;
  else if (!e.forum) body = <p>{t('leadersDay.evaluationHidden')}</p>;
  else
    body = (
      <p>
        {t('leadersDay.evaluationPlaced')}{' '}
        {e.meeting ? (
          <Link href={paths.meeting(e.forum.shortName, e.meeting.id)}>
            {e.forum.name}, {t('leadersDay.evaluationMeeting')} {shortDate(e.meeting.start)}
          </Link>
        ) : (
          e.forum.name
        )}
        . <Link href={paths.item(e.itemId)}>{e.itemTitle ?? t('leadersDay.evaluationItem')}</Link>
      </p>
    );
  return (
    <section aria-labelledby="ld-evaluation">
      <h2 id="ld-evaluation">{t('leadersDay.evaluation')}</h2>
      {body}
    </section>
  );
}

export function Organisers({ page }: { page: LeadersDayPage }) {
  const { t, tx, shortDate } = useLocale();
  const list = page.day.registrations ?? [];
  return (
    <>
      <section aria-labelledby="ld-registrations">
        <h2 id="ld-registrations">{t('leadersDay.registrations')}</h2>
        <p>
          {page.day.seatsTaken} {t('leadersDay.counts')} {page.day.waitlisted}
        </p>
        {list.length === 0 ? (
          <p>{t('leadersDay.noRegistrations')}</p>
        ) : (
          <div className="table--responsive-scroll">
            <table className="table table--compact ld-table">
              <caption className="sr-only">{t('leadersDay.registrationsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('leadersDay.name')}</th>
                  <th scope="col">{t('leadersDay.status')}</th>
                  <th scope="col">{t('leadersDay.dietary')}</th>
                  <th scope="col">{t('leadersDay.registeredAt')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((r) => (
                  <tr key={r.personId}>
                    <th scope="row">{r.name}</th>
                    <td>
                      <span
                        className={r.status === 'registered' ? 'badge badge-success' : 'badge badge-warning'}
                      >
                        {tx('leadersDay.status', r.status)}
                      </span>
                    </td>
                    <td>{r.dietaryNeeds}</td>
                    <td className="nowrap">{shortDate(r.registeredAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <Evaluation page={page} />
    </>
  );
}

export function EditDay({
  person,
  forum,
  page,
  onSaved,
}: {
  person: SessionPerson;
  forum: string;
  page: LeadersDayPage;
  onSaved: (message: string) => void;
}) {
  const { t } = useLocale();
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div className="ld-edit">
      <button
        type="button"
        ref={button}
        className="button button-secondary ld-button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('leadersDay.editClose') : t('leadersDay.editOpen')}
      </button>
      {open && (
        <div id={id}>
          <LeadersDayForm
            person={person}
            forum={forum}
            mode={{
              kind: 'edit',
              day: page.day,
              onSaved: (result) => {
                setOpen(false);
                onSaved(
                  result.promoted.length > 0
                    ? `${t('leadersDay.saved')} ${result.promoted.length} ${t('leadersDay.savedPromoted')}`
                    : t('leadersDay.saved'),
                );
              },
            }}
          />
        </div>
      )}
    </div>
  );
}
