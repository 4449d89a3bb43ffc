/**
 * A forum's work programme of a year (/fora/:forum/arbejdsprogram/:year; no year = this year): the
 * initiatives with owner, status, description and milestones linked to meetings and items; the
 * export links (CSV, JSON); a year switcher. The forum's managers create the year's programme and
 * add, change and delete initiatives (work-programme-form.tsx).
 */

import { useEffect, useRef, useState } from 'react';
import { failureText } from '../api.ts';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { PageTitle, Show } from '../components.tsx';
import { FailureAlert } from '../form-errors.tsx';
import { localToday, useLocale } from '../locale.tsx';
import { exportHref, loadProgramme, type ProgrammePage, removeInitiative } from '../programme-data.ts';
import { StatusMessage } from '../status-message.tsx';
import type { SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import { InitiativeFormView } from './work-programme-form.tsx';
import { Initiative } from './work-programme-initiative.tsx';
import { CreateProgramme, YearSwitch } from './work-programme-year.tsx';
import '../styles/groups.css';

function Programme({
  person,
  forum,
  data,
  onChanged,
}: {
  person: SessionPerson;
  forum: string;
  data: ProgrammePage;
  onChanged: (message: string) => void;
}) {
  const { t } = useLocale();
  const org = person.orgSlug;
  const { year, programme } = data;
  /** The initiative being edited, 'new' for the add form, or null. */
  const [open, setOpen] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  if (!programme)
    return (
      <>
        <p>
          {t('programme.none')} {year}.
        </p>
        {data.manager && (
          <CreateProgramme
            org={org}
            forum={forum}
            year={year}
            onCreated={() => onChanged(t('programme.created'))}
          />
        )}
      </>
    );
  const saved = () => {
    setOpen(null);
    onChanged(t('programme.saved'));
  };
  return (
    <>
      <p className="lead">{programme.title}</p>
      {failure && <FailureAlert text={failure} />}
      {programme.initiatives.length === 0 && <p>{t('programme.noInitiatives')}</p>}
      {programme.initiatives.map((i) =>
        open === i.id ? (
          <InitiativeFormView
            key={i.id}
            org={org}
            forum={forum}
            year={year}
            initiative={i}
            onSaved={saved}
            onCancel={() => setOpen(null)}
          />
        ) : (
          <Initiative
            key={i.id}
            forum={forum}
            initiative={i}
            manager={data.manager && open === null}
            onEdit={() => setOpen(i.id)}
            onRemove={() =>
              removeInitiative(org, forum, year, i.id).then(
                () => onChanged(t('programme.removed')),
                (err: unknown) => setFailure(failureText(err)),
              )
            }
          />
        ),
      )}
      {data.manager &&
        (open === 'new' ? (
          <InitiativeFormView
            org={org}
            forum={forum}
            year={year}
            initiative={null}
            onSaved={saved}
            onCancel={() => {
              setOpen(null);
              setTimeout(() => addButton.current?.focus());
            }}
          />
        ) : (
          open === null && (
            <p className="wp-actions">
              <button
                ref={addButton}
                type="button"
                className="button button-primary"
                onClick={() => setOpen('new')}
              >
                {t('programme.add')}
              </button>
            </p>
          )
        ))}
      <section aria-labelledby="wp-export" className="wp-export">
        <h2 id="wp-export">{t('programme.export')}</h2>
        <ul>
          <li>
            <a href={exportHref(org, forum, year, 'csv')} download>
              {t('programme.exportCsv')}
            </a>
          </li>
          <li>
            <a href={exportHref(org, forum, year, 'json')} download>
              {t('programme.exportJson')}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}

export function WorkProgramme({
  person,
  forum,
  year,
}: {
  person: SessionPerson;
  forum: string;
  year: number | null;
}) {
  const { t } = useLocale();
  const shownYear = year ?? Number(localToday().slice(0, 4));
  const [reload, setReload] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const loaded = useLoad(`programme:${person.id}:${forum}:${shownYear}:${reload}`, () =>
    loadProgramme(person, forum, shownYear),
  );
  const [last, setLast] = useState<ProgrammePage | null>(null);
  useEffect(() => {
    if (loaded.state === 'done') setLast(loaded.data);
  }, [loaded]);
  // After a change the programme reloads behind the page: the old one stays until the new one is there.
  const shown = loaded.state === 'loading' && last ? { state: 'done' as const, data: last } : loaded;
  const forumName = last?.forum.name ?? forum;
  const title = `${t('programme.title')} ${shownYear}: ${forumName}`;
  return (
    <>
      <Breadcrumbs forum={{ key: forum, name: forumName }}>
        {t('programme.title')} {shownYear}
      </Breadcrumbs>
      <PageTitle title={title}>{title}</PageTitle>
      <p>{t('programme.intro')}</p>
      <YearSwitch key={shownYear} forum={forum} year={shownYear} />
      <StatusMessage className="flash" focusable ref={statusRef}>
        {message}
      </StatusMessage>
      <Show loaded={shown}>
        {(data) => (
          <Programme
            key={reload}
            person={person}
            forum={forum}
            data={data}
            onChanged={(text) => {
              setMessage(text);
              setReload((n) => n + 1);
              statusRef.current?.focus();
            }}
          />
        )}
      </Show>
    </>
  );
}
