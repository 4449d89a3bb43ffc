/**
 * A forum's annual wheel (/fora/:forum/aarshjul): its entries (wheel-table.tsx) and, for the forum's
 * chair, secretary or an administrator, the form to add or change one (wheel-form.tsx) and deletion
 * after a confirmation.
 */
import { useEffect, useRef, useState } from 'react';
import { failureText } from '../api.ts';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { PageTitle, Show } from '../components.tsx';
import { isManagerOf } from '../follow-up-list.ts';
import { FailureAlert } from '../form-errors.tsx';
import { localToday, useLocale } from '../locale.tsx';
import { StatusMessage } from '../status-message.tsx';
import type { SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import { deleteWheelEntry, loadWheel } from '../wheel-data.ts';
import type { WheelEntryView } from '../wheel-rule.ts';
import { WheelForm } from './wheel-form.tsx';
import { WheelTable } from './wheel-table.tsx';
import '../styles/year.css';

type WheelData = Awaited<ReturnType<typeof loadWheel>>;

function Editor({
  person,
  data,
  year,
  say,
  onChanged,
}: {
  person: SessionPerson;
  data: WheelData;
  year: number;
  say: (message: string) => void;
  onChanged: () => void;
}) {
  const { t } = useLocale();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const manager = isManagerOf(person, data.forum.members);
  const current = data.entries.find((e) => e.id === editing) ?? null;
  const focus = (id: string) => document.getElementById(id)?.focus();

  const remove = async (entry: WheelEntryView) => {
    setBusy(true);
    setFailure(null);
    try {
      await deleteWheelEntry(person.orgSlug, data.forum.shortName, entry.id);
      setConfirming(null);
      if (editing === entry.id) setEditing(null);
      say(t('wheel.deleted').replace('{title}', entry.title));
      onChanged();
    } catch (err) {
      setFailure(failureText(err, { 403: t('wheel.forbidden') }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {failure && <FailureAlert text={failure} />}
      {data.entries.length === 0 ? (
        <p>{t('wheel.none')}</p>
      ) : (
        <WheelTable
          forum={data.forum}
          entries={data.entries}
          year={year}
          manager={manager}
          editing={editing}
          confirming={confirming}
          busy={busy}
          onEdit={(e) => {
            setConfirming(null);
            setEditing(e.id);
          }}
          onAskDelete={(e) => setConfirming(e.id)}
          onDelete={(e) => void remove(e)}
          onCancelDelete={(e) => {
            setConfirming(null);
            focus(`wheel-delete-${e.id}`);
          }}
        />
      )}
      {manager ? (
        <WheelForm
          key={current?.id ?? 'new'}
          person={person}
          forum={data.forum}
          entry={current}
          onSaved={(entry, created) => {
            setEditing(null);
            say(t(created ? 'wheel.added' : 'wheel.saved').replace('{title}', entry.title));
            onChanged();
          }}
          onCancel={() => {
            const id = editing;
            setEditing(null);
            if (id) focus(`wheel-edit-${id}`);
          }}
        />
      ) : (
        <p>{t('wheel.readOnly')}</p>
      )}
    </>
  );
}

export function Wheel({ person, forum }: { person: SessionPerson; forum: string }) {
  const { t } = useLocale();
  const year = Number(localToday().slice(0, 4));
  const [reload, setReload] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const loaded = useLoad(`wheel:${forum}:${year}:${reload}`, () => loadWheel(person.orgSlug, forum, year));
  const [last, setLast] = useState<WheelData | null>(null);
  useEffect(() => {
    if (loaded.state === 'done') setLast(loaded.data);
  }, [loaded]);
  // After a change the list reloads behind the page: the old one stays until the new one is there.
  const shown = loaded.state === 'loading' && last ? { state: 'done' as const, data: last } : loaded;
  const name = last?.forum.name ?? forum;
  const title = `${t('wheel.title')}: ${name}`;
  return (
    <>
      <Breadcrumbs forum={{ key: forum, name }}>{t('wheel.title')}</Breadcrumbs>
      <PageTitle title={title}>{title}</PageTitle>
      <p>{t('wheel.intro')}</p>
      <StatusMessage className="flash" focusable ref={status}>
        {message}
      </StatusMessage>
      <Show loaded={shown}>
        {(data) => (
          <Editor
            person={person}
            data={data}
            year={year}
            say={(m) => {
              setMessage(m);
              status.current?.focus();
            }}
            onChanged={() => setReload((n) => n + 1)}
          />
        )}
      </Show>
    </>
  );
}
