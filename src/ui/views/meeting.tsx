/** A meeting's published agenda (latest version): the items with time plan, sections, recommendations, attachments. */
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { ErrorView, Loading, PageTitle } from '../components.tsx';
import { latestAgenda } from '../data.ts';
import { ItemBody } from '../item-body.tsx';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { AgendaItem, AgendaVersionView, SessionPerson } from '../types.ts';
import { isNotFound, useLoad } from '../use-api.ts';
import { AbsencePanel } from './absence-panel.tsx';
import { ItemNotes } from './item-notes.tsx';
import { MeetingActions } from './meeting-actions.tsx';

type Template = AgendaVersionView['content']['template'];

const endOf = (item: AgendaItem): string | null =>
  item.durationMinutes
    ? new Date(new Date(item.start).getTime() + item.durationMinutes * 60_000).toISOString()
    : null;

function Item({
  item,
  org,
  template,
  changed,
}: {
  item: AgendaItem;
  org: string;
  template: Template;
  changed: boolean;
}) {
  const { t, tx, time } = useLocale();
  const end = endOf(item);
  const headingId = `item-${item.number}`;
  return (
    <article className="agenda-item" aria-labelledby={headingId} id={`punkt-${item.number}`}>
      <h3 id={headingId}>
        <span className="item-number">{item.number}.</span> {item.title}
        {changed && (
          <>
            {' '}
            <span className="badge badge-info">{t('changedBadge')}</span>
          </>
        )}
      </h3>
      <p className="meta">
        <span className="item-time">
          {time(item.start)}
          {end && `–${time(end)}`}
          {item.durationMinutes ? ` (${item.durationMinutes} ${t('minutes')})` : ''}
        </span>
        {' · '}
        {tx('type', item.type)}
        {item.caseNumber && (
          <>
            {' · '}
            {t('caseNumber')} {item.caseNumber}
          </>
        )}
        {item.closed && (
          <>
            {' · '}
            <span className="badge badge-warning">{t('closedItem')}</span>
            {item.closedBasis && ` ${t('closedBasis')} ${item.closedBasis}`}
          </>
        )}
      </p>
      {item.presenters.length > 0 && (
        <p className="meta">
          {t('presenters')}: {item.presenters.map((p) => p.name).join(', ')}
        </p>
      )}
      <ItemBody item={item} itemId={item.itemId} org={org} template={template} number={item.number} />
      <ItemNotes org={org} item={item} />
    </article>
  );
}

export function Meeting({
  person,
  forum,
  meeting,
}: {
  person: SessionPerson;
  forum: string;
  meeting: string;
}) {
  const { t, tx, date, time, shortDate } = useLocale();
  const org = person.orgSlug;
  const loaded = useLoad(`meeting:${forum}:${meeting}`, () => latestAgenda(org, forum, meeting));
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error')
    return isNotFound(loaded.error) ? (
      <>
        <PageTitle title={t('agenda')}>{t('agenda')}</PageTitle>
        <p>{t('agendaNotPublished')}</p>
        <p>
          <Link href={paths.forum(forum)}>{t('forum')}</Link>
        </p>
      </>
    ) : (
      <ErrorView error={loaded.error} retry={loaded.retry} />
    );
  const version = loaded.data;
  const m = version.content.meeting;
  const title = `${t('agenda')}: ${m.forumName}, ${shortDate(m.start)}`;
  const changed = new Set(
    (version.sinceLastRead?.changes ?? []).filter((c) => c.kind !== 'removed').map((c) => c.itemId),
  );
  return (
    <>
      <Breadcrumbs forum={{ key: forum, name: m.forumName }}>{shortDate(m.start)}</Breadcrumbs>
      <PageTitle title={title}>
        {t('agenda')}
        <span className="subheading">
          {m.forumName} · {date(m.start)}, {time(m.start)}–{time(m.end)}
        </span>
      </PageTitle>
      <p className="meta">
        {m.location && (
          <>
            {t('place')}: {m.location} ·{' '}
          </>
        )}
        {t('agendaVersion')} {version.version} · {t('publishedAt')} {shortDate(version.publishedAt)}
      </p>
      <MeetingActions person={person} forum={forum} meeting={meeting} />
      <AbsencePanel person={person} forum={forum} meeting={meeting} meetingEnd={m.end} />
      {version.sinceLastRead && version.sinceLastRead.changes.length > 0 && (
        <div className="alert alert-info" role="status">
          <div className="alert-body">
            <p className="alert-heading">
              {t('changedSinceRead')} {version.sinceLastRead.version}
            </p>
            <ul className="alert-text">
              {version.sinceLastRead.changes.map((c) => (
                <li key={`${c.kind}-${c.itemId}`}>
                  {c.kind === 'removed' ? (
                    `${c.number}. ${c.title}`
                  ) : (
                    <a href={`#punkt-${c.number}`}>
                      {c.number}. {c.title}
                    </a>
                  )}{' '}
                  · {tx('change', c.kind)}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {m.participants && m.participants.length > 0 && (
        <details className="details">
          <summary className="details-summary">
            {t('participants')} ({m.participants.length})
          </summary>
          <div className="details-text">
            <ul>
              {m.participants.map((p) => (
                <li key={`${p.name}|${p.title}`}>
                  {p.name}, {p.title}
                </li>
              ))}
            </ul>
            {m.absent && m.absent.length > 0 && (
              <p>
                {t('absent')}: {m.absent.map((a) => a.name).join(', ')}
              </p>
            )}
          </div>
        </details>
      )}
      <nav aria-labelledby="agenda-toc" className="agenda-toc">
        <h2 id="agenda-toc">{t('items')}</h2>
        <ol className="nobullet-list">
          {version.content.items.map((item) => (
            <li key={item.itemId}>
              <a href={`#punkt-${item.number}`}>
                <span className="item-time">{time(item.start)}</span> {item.number}. {item.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="agenda-items">
        {version.content.items.map((item) => (
          <Item
            key={item.itemId}
            item={item}
            org={org}
            template={version.content.template}
            changed={changed.has(item.itemId)}
          />
        ))}
      </div>
    </>
  );
}
