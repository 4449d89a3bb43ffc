/**
 * "Mine opfølgninger" (/opfoelgning) or a forum's follow-up register (/fora/:forum/opfoelgning): the
 * entries in order of registration with status, owner, due date and the meeting and item they came
 * from, filtered open / done; an entry can be marked done with its evidence from a small form.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../api.ts';
import { PageTitle, Show } from '../components.tsx';
import {
  byRegistration,
  canComplete,
  countByFilter,
  FOLLOW_UP_FILTERS,
  type FollowUpFilter,
  filterFollowUps,
  isManagerOf,
} from '../follow-up-list.ts';
import { completeFollowUp, type FollowUpRegister, loadFollowUpRegister } from '../follow-ups-data.ts';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { FollowUpView, SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import '../styles/follow-ups.css';

const STATUS_BADGE: Record<FollowUpView['status'], string> = {
  open: 'badge badge-info',
  overdue: 'badge badge-error',
  done: 'badge badge-success',
};

function CompleteForm({
  org,
  followUp,
  onDone,
  onCancel,
}: {
  org: string;
  followUp: FollowUpView;
  onDone: (done: FollowUpView) => void;
  onCancel: () => void;
}) {
  const { t } = useLocale();
  const id = useId();
  const [evidence, setEvidence] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = async () => {
    setFailure(null);
    const text = evidence.trim();
    if (text === '' || text.length > 4000) {
      setFieldError(t(text === '' ? 'fu.evidenceRequired' : 'fu.evidenceTooLong'));
      input.current?.focus();
      return;
    }
    setFieldError(null);
    setBusy(true);
    try {
      onDone(await completeFollowUp(org, followUp.id, text));
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.status === 400) {
        setFieldError(t('fu.evidenceRequired'));
        input.current?.focus();
        return;
      }
      const key: MessageKey | null =
        err instanceof ApiError
          ? err.status === 409
            ? 'fu.conflict'
            : err.status === 403
              ? 'fu.forbidden'
              : err.status === 404
                ? 'fu.notFound'
                : null
          : null;
      setFailure(key ? t(key) : err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="fu-complete">
      <h2 id={`${id}-title`}>{t('fu.completeTitle')}</h2>
      <p className="fu-complete-what">«{followUp.title}»</p>
      {failure && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">{failure}</p>
          </div>
        </div>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className={`form-group${fieldError ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={`${id}-evidence`}>
            {t('fu.evidenceLabel')}
          </label>
          <span className="form-hint" id={`${id}-hint`}>
            {t('fu.evidenceHint')}
          </span>
          {fieldError && (
            <span className="form-error-message" id={`${id}-error`} role="alert">
              <span className="sr-only">{t('fu.evidence')}: </span>
              {fieldError}
            </span>
          )}
          <textarea
            ref={input}
            id={`${id}-evidence`}
            className="form-input"
            rows={4}
            value={evidence}
            aria-describedby={fieldError ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={fieldError ? true : undefined}
            onChange={(e) => setEvidence(e.target.value)}
          />
        </div>
        <div className="fu-buttons">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('fu.complete')}
          </button>
          <button type="button" className="button button-secondary" disabled={busy} onClick={onCancel}>
            {t('fu.cancel')}
          </button>
        </div>
        {busy && (
          <p className="meta" role="status">
            {t('fu.saving')}
          </p>
        )}
      </form>
    </section>
  );
}

function Register({
  person,
  data,
  onChanged,
}: {
  person: SessionPerson;
  data: FollowUpRegister;
  onChanged: () => void;
}) {
  const { t, tx, shortDate } = useLocale();
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
  const forumOf = (forumId: string) => data.forums.find((f) => f.id === forumId);
  const ownerName = (ownerId: string) =>
    ownerId === person.id
      ? person.name
      : (data.forum?.members.find((m) => m.personId === ownerId)?.name ?? t('fu.unknownOwner'));
  const managerOf = (forumId: string) =>
    data.forum?.id === forumId ? isManagerOf(person, data.forum.members) : person.role === 'admin';
  const current = list.find((f) => f.id === selected && f.status !== 'done');
  const buttonId = (followUpId: string) => `${id}-complete-${followUpId}`;

  return (
    <>
      <div role="status" className="flash" ref={statusRef} tabIndex={-1}>
        {message && (
          <div className="alert alert-success">
            <div className="alert-body">
              <p className="alert-text">{message}</p>
            </div>
          </div>
        )}
      </div>
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
            <div className="table--responsive-scroll">
              <table className="table table--compact fu-table">
                <caption className="sr-only">
                  {data.forum ? `${t('fu.register')}: ${data.forum.name}` : t('fu.mine')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('fu.no')}</th>
                    <th scope="col">{t('followUp')}</th>
                    {data.forum ? <th scope="col">{t('fu.owner')}</th> : <th scope="col">{t('forum')}</th>}
                    <th scope="col">{t('due')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">{t('fu.source')}</th>
                    <th scope="col">{t('fu.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((f) => {
                    const source = f.sourceItemId ? data.sources.get(f.sourceItemId) : undefined;
                    const forum = forumOf(f.forumId);
                    return (
                      <tr key={f.id}>
                        <td>{number.get(f.id)}</td>
                        <th scope="row" className="fu-title">
                          {f.title}
                          {f.note && <span className="meta fu-note">{f.note}</span>}
                        </th>
                        {data.forum ? (
                          <td>{ownerName(f.ownerPersonId)}</td>
                        ) : (
                          <td>
                            {forum ? <Link href={paths.followUps(forum.shortName)}>{forum.name}</Link> : ''}
                          </td>
                        )}
                        <td className="nowrap">{f.dueDate ? shortDate(f.dueDate) : ''}</td>
                        <td>
                          <span className={STATUS_BADGE[f.status]}>{tx('followUp', f.status)}</span>
                          {f.status === 'done' && (
                            <span className="fu-evidence">
                              {f.doneAt && (
                                <span className="meta">
                                  {t('fu.doneOn')} {shortDate(f.doneAt)}
                                </span>
                              )}
                              {f.evidence && (
                                <span>
                                  {t('fu.evidence')}: {f.evidence}
                                </span>
                              )}
                            </span>
                          )}
                        </td>
                        <td>
                          {source ? (
                            <span className="fu-source">
                              {source.meeting && forum && (
                                <Link href={paths.meeting(forum.shortName, source.meeting.id)}>
                                  {t('fu.meetingOf')} {shortDate(source.meeting.start)}
                                </Link>
                              )}
                              <Link href={paths.item(source.item.id)}>{source.item.title}</Link>
                            </span>
                          ) : f.sourceItemId ? (
                            ''
                          ) : (
                            <span className="meta">{t('fu.sourceUnknown')}</span>
                          )}
                        </td>
                        <td>
                          {canComplete(person, f, managerOf) && (
                            <button
                              type="button"
                              id={buttonId(f.id)}
                              className="button button-secondary fu-action"
                              aria-expanded={selected === f.id}
                              onClick={() => {
                                setMessage(null);
                                setSelected(f.id);
                              }}
                            >
                              {t('fu.complete')}
                              <span className="sr-only">: {f.title}</span>
                            </button>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {current && (
            <CompleteForm
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
      <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
        <ol className="breadcrumbs__list">
          <li className="breadcrumbs__list-item">
            <Link href={paths.home()} className="breadcrumbs__link">
              {t('home')}
            </Link>
          </li>
          {forum && (
            <li className="breadcrumbs__list-item">
              <Link href={paths.forum(forum)} className="breadcrumbs__link">
                {forumName ?? forum}
              </Link>
            </li>
          )}
          <li className="breadcrumbs__list-item" aria-current="page">
            {forum ? t('fu.register') : t('fu.mine')}
          </li>
        </ol>
      </nav>
      <PageTitle title={title}>{title}</PageTitle>
      <p>{forum ? t('fu.registerIntro') : t('fu.mineIntro')}</p>
      <Show loaded={shown}>
        {(data) => <Register person={person} data={data} onChanged={() => setReload((n) => n + 1)} />}
      </Show>
    </>
  );
}
