/**
 * Search results (/soeg?q=…): the filters (forum, period, type, case number or KLE topic, state) as a
 * GET form whose values live in the URL, the hits with forum, meeting date, state, type, case number
 * and a snippet whose matched words are <mark>ed (built from text segments, never HTML), and paging.
 */
import { type FormEvent, useId } from 'react';
import { ITEM_STATES } from '../../domain/item-states.ts';
import { ApiError } from '../api.ts';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { ErrorView, Loading, PageTitle } from '../components.tsx';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths, useRouter } from '../router.tsx';
import {
  allForums,
  PAGE_SIZE,
  readSearchParams,
  type SearchHit,
  type SearchParams,
  searchResults,
} from '../search-data.ts';
import type { SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';

const ITEM_TYPES = ['decision', 'information', 'theme'] as const;

function Hit({ hit }: { hit: SearchHit }) {
  const { t, tx, date } = useLocale();
  const where = t(`search.field.${hit.match.field}` as MessageKey);
  return (
    <li className="search-hit">
      <h3 className="h4 search-hit-title">
        <Link href={paths.item(hit.itemId)}>{hit.title}</Link>
      </h3>
      <p className="search-hit-meta">
        <span>{hit.forum.name}</span>
        <span>
          {hit.meetingId ? t('search.meetingDate') : t('search.created')} {date(hit.date)}
        </span>
        <span>{tx('state', hit.state)}</span>
        <span>{tx('type', hit.type)}</span>
        {hit.caseNumber && (
          <span>
            {t('search.caseNo')} {hit.caseNumber}
          </span>
        )}
        {hit.closed && <span className="search-hit-closed">{t('search.closed')}</span>}
      </p>
      <p className="search-hit-snippet">
        <span className="search-hit-where">
          {t('search.foundIn')} {where}
          {hit.match.label ? ` «${hit.match.label}»` : ''}:
        </span>{' '}
        {hit.snippet.map((s, i) =>
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are a fixed sequence of text.
          s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
        )}
      </p>
    </li>
  );
}

function Filters({ person, params }: { person: SessionPerson; params: SearchParams }) {
  const { t, tx } = useLocale();
  const { navigate } = useRouter();
  const id = useId();
  const forums = useLoad(`forums:${person.orgSlug}`, () => allForums(person));
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const next: Record<string, string> = {};
    for (const [k, v] of data.entries()) if (typeof v === 'string' && v.trim()) next[k] = v.trim();
    navigate(paths.search(next));
  };
  const select = (
    name: 'forum' | 'type' | 'state',
    label: string,
    all: string,
    options: [string, string][],
  ) => (
    <div className="form-group">
      <label className="form-label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <select className="form-select" id={`${id}-${name}`} name={name} defaultValue={params[name] ?? ''}>
        <option value="">{all}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  const input = (
    name: 'q' | 'from' | 'to' | 'case',
    label: string,
    { type = 'text', width = '', hint }: { type?: string; width?: string; hint?: string } = {},
  ) => (
    <div className="form-group">
      <label className="form-label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-${name}-hint`}>
          {hint}
        </span>
      )}
      <input
        className={`form-input ${width}`.trim()}
        type={type}
        id={`${id}-${name}`}
        name={name}
        {...(hint && { 'aria-describedby': `${id}-${name}-hint` })}
        defaultValue={params[name] ?? ''}
      />
    </div>
  );
  return (
    <form className="search-filters" onSubmit={submit} key={JSON.stringify(params)}>
      {input('q', t('search.query'), { type: 'search', hint: t('search.queryHint') })}
      <fieldset>
        <legend className="h4">{t('search.filters')}</legend>
        {select(
          'forum',
          t('search.forum'),
          t('search.allForums'),
          forums.state === 'done' ? forums.data.map((f) => [f.shortName, f.name]) : [],
        )}
        {input('from', t('search.from'), { type: 'date', width: 'input-width-s' })}
        {input('to', t('search.to'), { type: 'date', width: 'input-width-s' })}
        {select(
          'type',
          t('search.type'),
          t('search.allTypes'),
          ITEM_TYPES.map((v) => [v, tx('type', v)]),
        )}
        {select(
          'state',
          t('search.state'),
          t('search.allStates'),
          ITEM_STATES.map((v) => [v, tx('state', v)]),
        )}
        {input('case', t('search.caseNumber'), { width: 'input-width-m', hint: t('search.caseNumberHint') })}
      </fieldset>
      <button type="submit" className="button button-primary">
        {t('search.apply')}
      </button>
    </form>
  );
}

function Results({ person, params }: { person: SessionPerson; params: SearchParams }) {
  const { t } = useLocale();
  const loaded = useLoad(`search:${JSON.stringify(params)}`, () => searchResults(person, params));
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') {
    const e = loaded.error;
    if (e instanceof ApiError && e.status === 400)
      return (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-heading">{t('search.badFilter')}</p>
            <ul>
              {(e.body?.details ?? []).map((d) => (
                <li key={`${d.path}:${d.problem}`}>
                  {d.path}: {d.problem}
                </li>
              ))}
            </ul>
          </div>
        </div>
      );
    return <ErrorView error={e} retry={loaded.retry} />;
  }
  const { items, page, capped } = loaded.data;
  const offset = page.offset;
  const pageLink = (o: number) =>
    paths.search({ ...params, offset: o > 0 ? String(o) : '' } as Record<string, string>);
  return (
    <section aria-labelledby="search-results-heading">
      <h2 id="search-results-heading" className="h3">
        {t('search.results')}
      </h2>
      <p role="status">
        {page.total} {t('search.count')}
        {capped ? `. ${t('search.countCapped')}` : ''}
      </p>
      {items.length === 0 ? (
        <p>{t('search.none')}</p>
      ) : (
        <ol className="nobullet-list search-hits">
          {items.map((hit) => (
            <Hit key={hit.itemId} hit={hit} />
          ))}
        </ol>
      )}
      {page.total > PAGE_SIZE && (
        <nav aria-label={t('search.pagination')} className="search-pages">
          {offset > 0 && (
            <Link className="button button-secondary" href={pageLink(Math.max(0, offset - PAGE_SIZE))}>
              {t('search.previous')}
            </Link>
          )}
          <span>
            {t('search.page')} {Math.floor(offset / PAGE_SIZE) + 1} / {Math.ceil(page.total / PAGE_SIZE)}
          </span>
          {offset + PAGE_SIZE < page.total && (
            <Link className="button button-secondary" href={pageLink(offset + PAGE_SIZE)}>
              {t('search.next')}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}

export function Search({ person }: { person: SessionPerson }) {
  const { t } = useLocale();
  const { search } = useRouter();
  const params = readSearchParams(search);
  return (
    <>
      <Breadcrumbs>{t('search.title')}</Breadcrumbs>
      <PageTitle title={params.q ? `${t('search.title')}: ${params.q}` : t('search.title')}>
        {t('search.title')}
      </PageTitle>
      <div className="search-layout">
        <Filters person={person} params={params} />
        {params.q ? <Results person={person} params={params} /> : <p>{t('search.empty')}</p>}
      </div>
    </>
  );
}
