/**
 * "Mine opfølgninger" (/opfoelgning) or a forum's follow-up register (/fora/:forum/opfoelgning): the
 * entries in order of registration (follow-up-table.tsx), filtered open / done; an entry can be marked
 * done with its evidence from a small form (follow-up-complete-form.tsx).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { PageTitle, Show } from '../components.tsx';
import {
  byRegistration,
  countByFilter,
  FOLLOW_UP_FILTERS,
  type FollowUpFilter,
  filterFollowUps,
} from '../follow-up-list.ts';
import { type FollowUpRegister, loadFollowUpRegister } from '../follow-ups-data.ts';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import { StatusMessage } from '../status-message.tsx';
import type { FollowUpView, SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import { FollowUpCompleteForm } from './follow-up-complete-form.tsx';
import { FollowUpTable } from './follow-up-table.tsx';
import '../styles/follow-ups.css';

function Register({
  person,
  data,
  onChanged,
}: {
  person: SessionPerson;
  data: FollowUpRegister;
  onChanged: () => void;
}) {
  const { t } = useLocale();
  const id = useId();
  const [filter, setFilter] = useState<FollowUpFilter>('open');
  const [selected, setSelected] = useState<string | null>(null);
  const [done, setDone] = useState<FollowUpView[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  // Entries closed here show as done at once; the reload after it brings the rest up to date.
  const list = byRegistration(data.followUps.map((f) => done.find((d) => d.id === f.id) ?? f));
  const shown = filterFollowUps(list, filter);
  const counts = countByFilter(list);
  const number = new Map(list.map((f, i) => [f.id, i + 1]));
  const current = list.find((f) => f.id === selected && f.status !== 'done');
  const buttonId = (followUpId: string) => `${id}-complete-${followUpId}`;

  return (
    <>
      <StatusMessage className="flash" focusable ref={statusRef}>
        {message}
      </StatusMessage>
      {data.followUps.length === 0 ? (
        <p>{t('fu.none')}</p>
      ) : (
        <>
          <fieldset className="fu-filter">
            <legend className="form-label">{t('fu.show')}</legend>
            <ul className="nobullet-list fu-filter-options">
              {FOLLOW_UP_FILTERS.map((f) => (
                <li key={f} className="form-group-radio">
                  <input
                    type="radio"
                    className="form-radio radio-large"
                    id={`${id}-filter-${f}`}
                    name={`${id}-filter`}
                    value={f}
                    checked={filter === f}
                    onChange={() => setFilter(f)}
                  />
                  <label htmlFor={`${id}-filter-${f}`}>
                    {t(`fu.filter.${f}` as MessageKey)} ({counts[f]})
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          {shown.length === 0 ? (
            <p>{t('fu.noneInFilter')}</p>
          ) : (
            <FollowUpTable
              person={person}
              data={data}
              shown={shown}
              number={number}
              selected={selected}
              buttonId={buttonId}
              onSelect={(followUpId) => {
                setMessage(null);
                setSelected(followUpId);
              }}
            />
          )}
          {current && (
            <FollowUpCompleteForm
              key={current.id}
              org={person.orgSlug}
              followUp={current}
              onCancel={() => {
                setSelected(null);
                document.getElementById(buttonId(current.id))?.focus();
              }}
              onDone={(view) => {
                setDone((d) => [...d, view]);
                setSelected(null);
                setMessage(`«${view.title}» ${t('fu.completed')}`);
                statusRef.current?.focus();
                onChanged();
              }}
            />
          )}
        </>
      )}
    </>
  );
}

export function FollowUps({ person, forum }: { person: SessionPerson; forum: string | null }) {
  const { t } = useLocale();
  const [reload, setReload] = useState(0);
  const loaded = useLoad(`follow-ups:${person.id}:${forum ?? ''}:${reload}`, () =>
    loadFollowUpRegister(person, forum),
  );
  const [lastData, setLastData] = useState<FollowUpRegister | null>(null);
  useEffect(() => {
    if (loaded.state === 'done') setLastData(loaded.data);
  }, [loaded]);
  // After a change the list reloads behind the page: the old list stays until the new one is there.
  const shown = loaded.state === 'loading' && lastData ? { state: 'done' as const, data: lastData } : loaded;
  const forumName = lastData?.forum?.name ?? (loaded.state === 'done' ? loaded.data.forum?.name : undefined);
  const title = forum ? `${t('fu.register')}${forumName ? `: ${forumName}` : ''}` : t('fu.mine');

  return (
    <>
      <Breadcrumbs forum={forum ? { key: forum, name: forumName ?? forum } : undefined}>
        {forum ? t('fu.register') : t('fu.mine')}
      </Breadcrumbs>
      <PageTitle title={title}>{title}</PageTitle>
      <p>{forum ? t('fu.registerIntro') : t('fu.mineIntro')}</p>
      <Show loaded={shown}>
        {(data) => <Register person={person} data={data} onChanged={() => setReload((n) => n + 1)} />}
      </Show>
    </>
  );
}
