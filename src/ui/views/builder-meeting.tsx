/** The meeting builder's facts: date, time, place, state, leader, deadlines, link to the published agenda. */
import type { LiveAgenda } from '../builder-data.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { CalendarEntry } from '../types.ts';

const DEADLINE_KINDS = ['submission', 'approval', 'publication', 'minutes'] as const;

export function BuilderMeeting({
  forumKey,
  live,
  entry,
}: {
  forumKey: string;
  live: LiveAgenda;
  entry: CalendarEntry | undefined;
}) {
  const { t, tx, date, time } = useLocale();
  const m = live.agenda.meeting;
  return (
    <section aria-labelledby="builder-meeting">
      <h2 id="builder-meeting">{t('builder.meeting')}</h2>
      <dl className="builder-facts">
        <div>
          <dt>{t('date')}</dt>
          <dd>{date(m.start)}</dd>
        </div>
        <div>
          <dt>{t('time')}</dt>
          <dd>
            {time(m.start)}–{time(m.end)}
          </dd>
        </div>
        <div>
          <dt>{t('place')}</dt>
          <dd>{m.location || t('builder.noPlace')}</dd>
        </div>
        <div>
          <dt>{t('builder.state')}</dt>
          <dd className="builder-state">
            {tx('builder.meetingState', live.state)}
            {live.publishedVersion !== null && (
              <>
                {' · '}
                {t('agendaVersion')} {live.publishedVersion}
              </>
            )}
          </dd>
        </div>
        {entry?.leader && (
          <div>
            <dt>{t('leader')}</dt>
            <dd>{entry.leader.name}</dd>
          </div>
        )}
      </dl>
      {entry && DEADLINE_KINDS.some((k) => entry.deadlines[k]) && (
        <>
          <h3>{t('builder.deadlines')}</h3>
          <dl className="builder-facts">
            {DEADLINE_KINDS.map((k) => {
              const d = entry.deadlines[k];
              return d ? (
                <div key={k}>
                  <dt>{tx('builder.deadline', k)}</dt>
                  <dd>
                    {date(d)}, {time(d)}
                  </dd>
                </div>
              ) : null;
            })}
          </dl>
        </>
      )}
      {live.publishedVersion !== null && (
        <p>
          <Link href={paths.meeting(forumKey, m.id)}>{t('builder.openPublished')}</Link>
        </p>
      )}
    </section>
  );
}
