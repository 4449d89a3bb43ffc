/**
 * The charter (kommissorium) editor (/fora/:forum/kommissorium): the forum's charter in force, and
 * for its chair, secretary or an administrator a form for a new version (charter-edit-form.tsx).
 */
import { useRef, useState } from 'react';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { PageTitle, Show } from '../components.tsx';
import { isManagerOf } from '../follow-up-list.ts';
import { type Charter, loadCharters } from '../follow-ups-data.ts';
import { useLocale } from '../locale.tsx';
import { StatusMessage } from '../status-message.tsx';
import type { SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import { CharterEditForm } from './charter-edit-form.tsx';
import '../styles/follow-ups.css';

function CurrentCharter({ charter }: { charter: Charter | null }) {
  const { t, shortDate } = useLocale();
  if (!charter) return <p>{t('ch.noCharter')}</p>;
  return (
    <dl className="case-facts">
      <dt>{t('ch.version')}</dt>
      <dd>{charter.version}</dd>
      <dt>{t('charterFrom')}</dt>
      <dd>{shortDate(charter.effectiveFrom)}</dd>
      <dt>{t('ch.rrule')}</dt>
      <dd>
        <code>{charter.cadence.rrule}</code>, {charter.cadence.startTime}, {charter.cadence.durationMinutes}{' '}
        {t('minutes')}
      </dd>
      <dt>{t('ch.templateLegend')}</dt>
      <dd>{charter.template.map((s) => s.heading).join(', ')}</dd>
    </dl>
  );
}

export function CharterEditor({ person, forum }: { person: SessionPerson; forum: string }) {
  const { t, shortDate } = useLocale();
  const [reload, setReload] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const loaded = useLoad(`charters:${forum}:${reload}`, () => loadCharters(person.orgSlug, forum));
  const name = loaded.state === 'done' ? loaded.data.forum.name : forum;
  return (
    <>
      <Breadcrumbs forum={{ key: forum, name }}>{t('ch.title')}</Breadcrumbs>
      <PageTitle title={`${t('ch.title')}: ${name}`}>
        {t('ch.title')}: {name}
      </PageTitle>
      <StatusMessage className="flash" focusable ref={status}>
        {message}
      </StatusMessage>
      <Show loaded={loaded}>
        {({ forum: view, charters }) => (
          <>
            <section aria-labelledby="ch-current">
              <h2 id="ch-current">{t('ch.current')}</h2>
              <CurrentCharter charter={view.charter} />
            </section>
            {isManagerOf(person, view.members) ? (
              <CharterEditForm
                key={charters.length}
                person={person}
                forum={view}
                charters={charters}
                onSaved={(c) => {
                  setMessage(
                    `${t('ch.saved')} ${c.version}, ${t('ch.savedFrom')} ${shortDate(c.effectiveFrom)}.`,
                  );
                  status.current?.focus();
                  setReload((n) => n + 1);
                }}
              />
            ) : (
              <p>{t('ch.readOnly')}</p>
            )}
          </>
        )}
      </Show>
    </>
  );
}
