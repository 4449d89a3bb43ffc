/**
 * The item editor (/fora/:forum/nyt-punkt for a new item, /punkter/:item/rediger for a draft or a
 * returned item): title, type, time, presenters, closed with its basis, the case (a case number,
 * with KLE topic suggestions), the charter template's sections in rich-text editors, the numbered
 * recommendations, attachments; saved as a draft or submitted for approval.
 */
import '../styles/editor.css';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api.ts';
import { ErrorView, Loading, PageTitle } from '../components.tsx';
import { attachmentHref } from '../data.ts';
import { setFlash } from '../flash.ts';
import {
  type CaseView,
  caseFor,
  createItem,
  type EditorData,
  type KleSuggestion,
  loadEditor,
  removeAttachment,
  submitItem,
  suggestKle,
  updateItem,
  uploadAttachment,
} from '../item-editor-data.ts';
import {
  applyKleTopic,
  type EditorSection,
  type EditorState,
  editorSections,
  type FieldError,
  fieldErrors,
  type ItemType,
  initialState,
  move,
  sectionsText,
  toContent,
} from '../item-editor-state.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths, useRouter } from '../router.tsx';
import type { AttachmentView, ItemView, RichTextDoc, SessionPerson } from '../types.ts';
import { isNotFound, useLoad } from '../use-api.ts';

/** TipTap is loaded with the editor only, so the other views stay light. */
const SectionEditor = lazy(() => import('./section-editor.tsx').then((m) => ({ default: m.SectionEditor })));

const RECOMMENDATIONS = 'indstilling';
const EDITABLE = ['draft', 'returned'];

/** The id of the form control an error's field points to. */
const controlId = (field: string): string | null => {
  if (field.startsWith('sections.')) return `editor-section-${field.slice(9)}`;
  if (field.startsWith('recommendations.')) return `editor-rec-${field.slice(16)}`;
  const ids: Record<string, string> = {
    title: 'editor-title',
    type: 'editor-type-0',
    durationMinutes: 'editor-duration',
    presenters: 'editor-presenters',
    closed: 'editor-closed',
    closedBasis: 'editor-closed-basis',
    caseNumber: 'editor-case',
    recommendations: 'editor-rec-add',
    file: 'editor-file',
  };
  return ids[field] ?? null;
};

export function ItemEditor({
  person,
  forum,
  itemId,
}: {
  person: SessionPerson;
  forum: string | null;
  itemId: string | null;
}) {
  const { t } = useLocale();
  const loaded = useLoad(`editor:${forum ?? ''}:${itemId ?? ''}`, () =>
    loadEditor(person.orgSlug, forum, itemId),
  );
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error')
    return isNotFound(loaded.error) ? (
      <>
        <PageTitle title={t('editor.notFound')}>{t('editor.notFound')}</PageTitle>
        <p>{t('editor.notFoundText')}</p>
        <p>
          <Link href={paths.home()}>{t('backHome')}</Link>
        </p>
      </>
    ) : (
      <ErrorView error={loaded.error} retry={loaded.retry} />
    );
  return <EditorForm person={person} data={loaded.data} />;
}

function EditorForm({ person, data }: { person: SessionPerson; data: EditorData }) {
  const { t, tx } = useLocale();
  const { navigate } = useRouter();
  const org = person.orgSlug;
  const { forum } = data;
  const charter = forum.charter;
  const itemTypes: ItemType[] = charter?.itemTypes ?? ['decision', 'information', 'theme'];
  const [sections] = useState<EditorSection[]>(() => editorSections(charter?.template, data.item));
  const [state, setState] = useState<EditorState>(() =>
    initialState(sections, itemTypes, data.item, data.caseView?.caseNumber ?? ''),
  );
  const [item, setItem] = useState<ItemView | null>(data.item);
  const [caseView, setCaseView] = useState<CaseView | null>(data.caseView);
  const [attachments, setAttachments] = useState<AttachmentView[]>(data.attachments);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [errorRound, setErrorRound] = useState(0);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState<null | 'save' | 'submit' | 'upload' | 'kle'>(null);
  const [kle, setKle] = useState<KleSuggestion[] | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    if (errorRound > 0) summaryRef.current?.focus();
  }, [errorRound]);
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  if (data.item && !EDITABLE.includes(data.item.state))
    return (
      <>
        <PageTitle title={data.item.title}>{data.item.title}</PageTitle>
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-text">
              {t('editor.notEditable')} ({tx('state', data.item.state)})
            </p>
          </div>
        </div>
        <p>
          <Link href={paths.item(data.item.id)}>{t('editor.toItem')}</Link>
        </p>
      </>
    );

  const set = <K extends keyof EditorState>(key: K, value: EditorState[K]) =>
    setState((s) => ({ ...s, [key]: value }));
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.problem;
  const problemText = (problem: string): string => {
    if (/ is required for \w+ items$/.test(problem)) return t('editor.problemRequired');
    for (const [pattern, key] of PATTERNS) {
      const m = pattern.exec(problem);
      if (m)
        return t(key)
          .replace('{1}', m[1] ?? '')
          .replace('{2}', m[2] ?? '');
    }
    return t(PROBLEMS[problem] ?? 'editor.problemAsIs').replace('{p}', problem);
  };
  const fieldLabel = (field: string): string => {
    if (field.startsWith('sections.'))
      return sections.find((s) => `sections.${s.key}` === field)?.heading ?? field.slice(9);
    if (field.startsWith('recommendations.'))
      return `${t('editor.recommendation')} ${Number(field.slice(16)) + 1}`;
    const labels: Record<string, Parameters<typeof t>[0]> = {
      title: 'editor.title',
      type: 'editor.type',
      durationMinutes: 'editor.duration',
      presenters: 'editor.presenters',
      closed: 'editor.closed',
      closedBasis: 'editor.closedBasis',
      caseNumber: 'editor.caseNumber',
      recommendations: 'editor.recommendations',
      file: 'editor.file',
    };
    return labels[field] ? t(labels[field]) : t('editor.form');
  };
  const fail = (err: unknown, fallback: string) => {
    if (err instanceof ApiError && err.status === 409 && err.body.error !== 'validation_failed')
      setErrors([{ field: 'form', problem: t('editor.conflict') }]);
    else if (err instanceof ApiError && (err.status === 403 || err.status === 404))
      setErrors([{ field: 'form', problem: t('editor.forbidden') }]);
    else if (err instanceof ApiError) setErrors(fieldErrors(err.body.details, err.body.message || fallback));
    else setErrors([{ field: 'form', problem: fallback }]);
    setStatus('');
    setErrorRound((n) => n + 1);
  };

  /** Resolves the case number to a case (an existing one, else a new one); errors belong to the case field. */
  const resolveCase = async (): Promise<string | null> => {
    const wanted = state.caseNumber.trim();
    if (wanted === '') return null;
    if (caseView?.caseNumber && caseView.caseNumber.toUpperCase() === wanted.toUpperCase())
      return caseView.id;
    try {
      const found = await caseFor(org, wanted, state.title.trim() || wanted);
      setCaseView(found);
      if (found.caseNumber) set('caseNumber', found.caseNumber);
      return found.id;
    } catch (err) {
      if (err instanceof ApiError)
        throw new ApiError(err.status, {
          ...err.body,
          error: err.status === 409 ? 'validation_failed' : err.body.error,
          details: err.body.details.map((d) => ({ ...d, path: 'caseNumber' })),
        });
      throw err;
    }
  };

  /** Saves the form: creates the draft the first time, else updates it; the item as saved. */
  const persist = async (): Promise<ItemView> => {
    const caseId = await resolveCase();
    const content = { ...toContent(state), caseId };
    const saved = item
      ? await updateItem(org, item.id, { ...content, version: item.version })
      : await createItem(org, forum.shortName, content);
    if (!item) window.history.replaceState(null, '', paths.editItem(saved.id));
    setItem(saved);
    return saved;
  };

  const save = async () => {
    if (busy) return;
    setBusy('save');
    setErrors([]);
    try {
      await persist();
      setStatus(t('editor.saved'));
    } catch (err) {
      fail(err, t('editor.saveFailed'));
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    if (busy) return;
    setBusy('submit');
    setErrors([]);
    try {
      const saved = await persist();
      const submitted = await submitItem(org, saved.id);
      setFlash(t(submitted.state === 'queued' ? 'editor.submittedQueued' : 'editor.submittedOk'));
      navigate(paths.item(submitted.id));
    } catch (err) {
      fail(err, t('editor.submitFailed'));
      setBusy(null);
    }
  };

  const upload = async (file: File) => {
    if (busy) return;
    setBusy('upload');
    setErrors([]);
    setStatus(t('editor.uploading'));
    let saved: ItemView | null = item;
    try {
      saved = saved ?? (await persist());
      const added = await uploadAttachment(org, saved.id, file);
      setAttachments((list) => [...list, added]);
      setStatus(`${t('editor.uploaded')}: ${added.name}`);
    } catch (err) {
      // Everything the upload refuses is about the file (its bytes, its name, its size).
      if (err instanceof ApiError && err.status === 400 && saved)
        fail(
          new ApiError(err.status, {
            ...err.body,
            details:
              err.body.details.length > 0
                ? err.body.details.map((d) => ({ ...d, path: 'file' }))
                : [{ path: 'file', problem: err.body.message }],
          }),
          t('editor.uploadFailed'),
        );
      else if (err instanceof ApiError && err.status === 413)
        fail(new ApiError(400, { ...err.body, details: [{ path: 'file', problem: 'too large' }] }), '');
      else fail(err, t('editor.uploadFailed'));
    } finally {
      if (fileRef.current) fileRef.current.value = '';
      setBusy(null);
    }
  };

  const remove = async (a: AttachmentView) => {
    if (!item) return;
    setErrors([]);
    try {
      await removeAttachment(org, item.id, a.id);
      setAttachments((list) => list.filter((x) => x.id !== a.id));
      setStatus(`${t('editor.removed')}: ${a.name}`);
      pendingFocus.current = 'editor-file';
    } catch (err) {
      fail(err, t('editor.saveFailed'));
    }
  };

  const suggest = async () => {
    if (busy) return;
    setBusy('kle');
    setErrors([]);
    try {
      const { suggestions } = await suggestKle(org, state.title, sectionsText(state.sections));
      setKle(suggestions);
      setStatus(suggestions.length > 0 ? t('editor.kleFound') : t('editor.kleNone'));
    } catch (err) {
      if (err instanceof ApiError && err.status === 400) {
        setKle([]);
        setStatus(t('editor.kleNeedsText'));
      } else fail(err, t('editor.saveFailed'));
    } finally {
      setBusy(null);
    }
  };

  const applyKle = (s: KleSuggestion) => {
    set('caseNumber', applyKleTopic(state.caseNumber, s.topic));
    setStatus(`${t('editor.kleApplied')} ${s.topic} ${s.title}`);
    pendingFocus.current = 'editor-case';
  };

  const setRecommendations = (list: string[], focus?: string) => {
    set('recommendations', list);
    if (focus) pendingFocus.current = focus;
  };

  const isNew = !item;
  const title = isNew ? `${t('editor.newTitle')} ${forum.name}` : t('editor.editTitle');
  const err = (field: string) => {
    const problem = errorOf(field);
    return problem ? (
      <span className="form-error-message" id={`${field.replace(/\./g, '-')}-error`}>
        <span className="sr-only">{t('editor.errorPrefix')}: </span>
        {problemText(problem)}
      </span>
    ) : null;
  };
  const errId = (field: string) => (errorOf(field) ? `${field.replace(/\./g, '-')}-error` : undefined);
  const group = (field: string) => `form-group${errorOf(field) ? ' form-error' : ''}`;
  const required = (s: EditorSection) => s.requiredFor.includes(state.type);

  const recommendationsBlock = (
    <fieldset className={`${group('recommendations')} editor-recommendations`}>
      <legend className="h3">{t('editor.recommendations')}</legend>
      <p className="form-hint" id="editor-rec-hint">
        {t('editor.recommendationsHint')}
        {state.type === 'decision' && ` ${t('editor.recommendationsRequired')}`}
      </p>
      {err('recommendations')}
      {state.recommendations.length > 0 && (
        <ol className="editor-rec-list">
          {state.recommendations.map((r, i) => {
            const n = i + 1;
            const field = `recommendations.${i}`;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list's entries are edited in place; the position is the identity.
              <li key={i} className={group(field)}>
                <label className="form-label" htmlFor={`editor-rec-${i}`}>
                  {t('editor.recommendation')} {n}
                </label>
                {err(field)}
                <div className="editor-rec-row">
                  <input
                    id={`editor-rec-${i}`}
                    className="form-input"
                    value={r}
                    aria-describedby={errId(field) ?? 'editor-rec-hint'}
                    aria-invalid={errorOf(field) ? true : undefined}
                    onChange={(e) =>
                      set(
                        'recommendations',
                        state.recommendations.map((x, j) => (j === i ? e.target.value : x)),
                      )
                    }
                  />
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={i === 0}
                    aria-label={`${t('editor.moveUp')}: ${t('editor.recommendation')} ${n}`}
                    onClick={() =>
                      setRecommendations(
                        move(state.recommendations, i, -1),
                        i - 1 === 0 ? 'editor-rec-down-0' : `editor-rec-up-${i - 1}`,
                      )
                    }
                    id={`editor-rec-up-${i}`}
                  >
                    {t('editor.moveUp')}
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={i === state.recommendations.length - 1}
                    aria-label={`${t('editor.moveDown')}: ${t('editor.recommendation')} ${n}`}
                    onClick={() =>
                      setRecommendations(
                        move(state.recommendations, i, 1),
                        i + 1 === state.recommendations.length - 1
                          ? `editor-rec-up-${i + 1}`
                          : `editor-rec-down-${i + 1}`,
                      )
                    }
                    id={`editor-rec-down-${i}`}
                  >
                    {t('editor.moveDown')}
                  </button>
                  <button
                    type="button"
                    className="button button-tertiary"
                    aria-label={`${t('editor.remove')}: ${t('editor.recommendation')} ${n}`}
                    onClick={() =>
                      setRecommendations(
                        state.recommendations.filter((_, j) => j !== i),
                        state.recommendations.length > 1
                          ? `editor-rec-${Math.max(0, i - 1)}`
                          : 'editor-rec-add',
                      )
                    }
                  >
                    {t('editor.remove')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <button
        type="button"
        id="editor-rec-add"
        className="button button-secondary"
        onClick={() =>
          setRecommendations([...state.recommendations, ''], `editor-rec-${state.recommendations.length}`)
        }
      >
        {t('editor.addRecommendation')}
      </button>
    </fieldset>
  );

  const hasRecommendationSection = sections.some((s) => s.key === RECOMMENDATIONS);

  return (
    <>
      <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
        <ol className="breadcrumbs__list">
          <li className="breadcrumbs__list-item">
            <Link href={paths.home()} className="breadcrumbs__link">
              {t('home')}
            </Link>
          </li>
          <li className="breadcrumbs__list-item">
            <Link href={paths.forum(forum.shortName)} className="breadcrumbs__link">
              {forum.name}
            </Link>
          </li>
          <li className="breadcrumbs__list-item" aria-current="page">
            {isNew ? t('editor.newTitle') : item.title}
          </li>
        </ol>
      </nav>
      <PageTitle title={title}>
        {title}
        {!isNew && (
          <span className="subheading">
            {forum.name} · {tx('state', item.state)}
          </span>
        )}
      </PageTitle>
      {item?.state === 'returned' && (
        <div className="alert alert-warning">
          <div className="alert-body">
            <p className="alert-text">{t('editor.returnedNote')}</p>
          </div>
        </div>
      )}
      {errors.length > 0 && (
        <div
          className="alert alert-error editor-summary"
          role="alert"
          tabIndex={-1}
          ref={summaryRef}
          aria-labelledby="editor-summary-heading"
        >
          <div className="alert-body">
            <h2 className="alert-heading h3" id="editor-summary-heading">
              {t('editor.summaryHeading')}
            </h2>
            <ul className="alert-text nobullet-list">
              {errors.map((e) => {
                const id = controlId(e.field);
                const text = `${fieldLabel(e.field)}: ${problemText(e.problem)}`;
                return (
                  <li key={e.field}>
                    {id ? (
                      <a
                        href={`#${id}`}
                        onClick={(ev) => {
                          const target = document.getElementById(id);
                          if (!target) return;
                          ev.preventDefault();
                          target.focus();
                          target.scrollIntoView({ block: 'center' });
                        }}
                      >
                        {text}
                      </a>
                    ) : (
                      text
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        </div>
      )}
      <p role="status" className="editor-status">
        {status}
      </p>
      <form
        className="item-editor"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <section aria-labelledby="editor-about">
          <h2 id="editor-about">{t('editor.about')}</h2>
          <div className={group('title')}>
            <label className="form-label" htmlFor="editor-title">
              {t('editor.title')}
            </label>
            {err('title')}
            <input
              id="editor-title"
              className="form-input input-width-xl"
              value={state.title}
              maxLength={300}
              aria-describedby={errId('title')}
              aria-invalid={errorOf('title') ? true : undefined}
              onChange={(e) => set('title', e.target.value)}
            />
          </div>
          <fieldset className={group('type')} aria-describedby={errId('type')}>
            <legend className="form-label">{t('editor.type')}</legend>
            {err('type')}
            <ul className="nobullet-list">
              {itemTypes.map((type, i) => (
                <li key={type} className="form-group-radio">
                  <input
                    type="radio"
                    className="form-radio radio-large"
                    id={`editor-type-${i}`}
                    name="editor-type"
                    value={type}
                    checked={state.type === type}
                    onChange={() => set('type', type)}
                  />
                  <label className="form-label" htmlFor={`editor-type-${i}`}>
                    {tx('type', type)}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className={group('durationMinutes')}>
            <label className="form-label" htmlFor="editor-duration">
              {t('editor.duration')}
            </label>
            <span className="form-hint" id="editor-duration-hint">
              {t('editor.durationHint')}
            </span>
            {err('durationMinutes')}
            <input
              id="editor-duration"
              className="form-input input-width-xs"
              inputMode="numeric"
              value={state.duration}
              aria-describedby={errId('durationMinutes') ?? 'editor-duration-hint'}
              aria-invalid={errorOf('durationMinutes') ? true : undefined}
              onChange={(e) => set('duration', e.target.value)}
            />
          </div>
          <div className={group('presenters')}>
            <label className="form-label" htmlFor="editor-presenters">
              {t('editor.presenters')}
            </label>
            <span className="form-hint" id="editor-presenters-hint">
              {t('editor.presentersHint')}
            </span>
            {err('presenters')}
            <input
              id="editor-presenters"
              className="form-input input-width-xl"
              value={state.presenters}
              aria-describedby={errId('presenters') ?? 'editor-presenters-hint'}
              onChange={(e) => set('presenters', e.target.value)}
            />
          </div>
          <div className={group('closed')}>
            <div className="form-group-checkbox">
              <input
                type="checkbox"
                className="form-checkbox checkbox-large"
                id="editor-closed"
                checked={state.closed}
                onChange={(e) => set('closed', e.target.checked)}
              />
              <label className="form-label" htmlFor="editor-closed">
                {t('editor.closed')}
              </label>
            </div>
          </div>
          {state.closed && (
            <div className={group('closedBasis')}>
              <label className="form-label" htmlFor="editor-closed-basis">
                {t('editor.closedBasis')}
              </label>
              <span className="form-hint" id="editor-closed-basis-hint">
                {t('editor.closedBasisHint')}
              </span>
              {err('closedBasis')}
              <input
                id="editor-closed-basis"
                className="form-input input-width-xl"
                value={state.closedBasis}
                aria-describedby={errId('closedBasis') ?? 'editor-closed-basis-hint'}
                aria-invalid={errorOf('closedBasis') ? true : undefined}
                onChange={(e) => set('closedBasis', e.target.value)}
              />
            </div>
          )}
          <div className={group('caseNumber')}>
            <label className="form-label" htmlFor="editor-case">
              {t('editor.caseNumber')}
            </label>
            <span className="form-hint" id="editor-case-hint">
              {t('editor.caseNumberHint')}
            </span>
            {err('caseNumber')}
            <input
              id="editor-case"
              className="form-input input-width-l"
              value={state.caseNumber}
              aria-describedby={errId('caseNumber') ?? 'editor-case-hint'}
              aria-invalid={errorOf('caseNumber') ? true : undefined}
              onChange={(e) => set('caseNumber', e.target.value)}
            />
            {caseView && caseView.caseNumber === state.caseNumber.trim() && (
              <p className="meta editor-case-title">
                {caseView.title}
                {caseView.kleTopicTitle && ` · ${caseView.kleTopicTitle}`}
              </p>
            )}
            <div className="editor-kle">
              <button
                type="button"
                className="button button-secondary"
                aria-disabled={busy !== null}
                onClick={() => void suggest()}
              >
                {t('editor.kleSuggest')}
              </button>
              {kle && kle.length > 0 && (
                <ul className="nobullet-list editor-kle-list" aria-label={t('editor.kleSuggestions')}>
                  {kle.map((s) => (
                    <li key={s.topic}>
                      <span className="editor-kle-topic">
                        {s.topic} {s.title}
                      </span>{' '}
                      <button
                        type="button"
                        className="button button-tertiary"
                        aria-label={`${t('editor.kleApply')}: ${s.topic} ${s.title}`}
                        onClick={() => applyKle(s)}
                      >
                        {t('editor.kleApply')}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </section>
        <section aria-labelledby="editor-content">
          <h2 id="editor-content">{t('editor.content')}</h2>
          <Suspense fallback={<Loading />}>
            {sections.map((s) => {
              const field = `sections.${s.key}`;
              return (
                <div key={s.key} className={`${group(field)} editor-section`}>
                  <h3 id={`editor-heading-${s.key}`} className="editor-section__heading">
                    {s.heading}
                    {required(s) && <span className="editor-required"> ({t('editor.required')})</span>}
                  </h3>
                  {err(field)}
                  <SectionEditor
                    id={`editor-section-${s.key}`}
                    heading={s.heading}
                    labelledBy={`editor-heading-${s.key}`}
                    describedBy={errId(field)}
                    invalid={Boolean(errorOf(field))}
                    initial={state.sections[s.key] ?? null}
                    onChange={(doc: RichTextDoc) =>
                      setState((st) => ({ ...st, sections: { ...st.sections, [s.key]: doc } }))
                    }
                  />
                  {s.key === RECOMMENDATIONS && recommendationsBlock}
                </div>
              );
            })}
          </Suspense>
          {!hasRecommendationSection && recommendationsBlock}
        </section>
        <section aria-labelledby="editor-attachments">
          <h2 id="editor-attachments">{t('editor.attachments')}</h2>
          {attachments.length === 0 ? (
            <p>{t('editor.noAttachments')}</p>
          ) : (
            <ul className="nobullet-list editor-attachment-list">
              {attachments.map((a) => (
                <li key={a.id}>
                  <a href={attachmentHref(org, item?.id ?? '', a.id)}>{a.name}</a>{' '}
                  <span className="meta">({Math.max(1, Math.round(a.sizeBytes / 1024))} KB)</span>{' '}
                  <button
                    type="button"
                    className="button button-tertiary"
                    aria-label={`${t('editor.remove')}: ${a.name}`}
                    onClick={() => void remove(a)}
                  >
                    {t('editor.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className={group('file')}>
            <label className="form-label" htmlFor="editor-file">
              {t('editor.file')}
            </label>
            <span className="form-hint" id="editor-file-hint">
              {isNew ? t('editor.fileHintNew') : t('editor.fileHint')}
            </span>
            {err('file')}
            <input
              ref={fileRef}
              id="editor-file"
              type="file"
              className="form-file-input"
              aria-describedby={errId('file') ?? 'editor-file-hint'}
              aria-invalid={errorOf('file') ? true : undefined}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void upload(file);
              }}
            />
          </div>
        </section>
        <div className="editor-actions">
          <button type="submit" className="button button-secondary" aria-disabled={busy !== null}>
            {busy === 'save' ? t('editor.saving') : t('editor.save')}
          </button>
          <button
            type="button"
            className="button button-primary"
            aria-disabled={busy !== null}
            onClick={() => void submit()}
          >
            {busy === 'submit' ? t('editor.submitting') : t('editor.submit')}
          </button>
          {item && (
            <Link href={paths.item(item.id)} className="button button-tertiary">
              {t('editor.toItem')}
            </Link>
          )}
        </div>
      </form>
    </>
  );
}

/** The API's problems a Danish reader gets in Danish; others are shown as the API words them. */
const PATTERNS: [RegExp, Parameters<ReturnType<typeof useLocale>['t']>[0]][] = [
  [/^content is (.+), which does not match the name's extension (\S+)$/, 'editor.problemFileMismatch'],
  [/^content is (.+), which is not allowed$/, 'editor.problemFileType'],
];

const PROBLEMS: Record<string, Parameters<ReturnType<typeof useLocale>['t']>[0]> = {
  'must not be empty': 'editor.problemEmpty',
  'a decision item needs at least one recommendation': 'editor.problemRecommendation',
  'a closed item needs its legal basis': 'editor.problemClosedBasis',
  'is empty': 'editor.problemFileEmpty',
  'too large': 'editor.tooLarge',
};
