/**
 * The item editor's form (see item-editor.tsx): the sections about the item, its case, the
 * template's rich-text sections with the recommendations, attachments, and save / submit.
 */
import { lazy, Suspense, useState } from 'react';
import { Loading, PageTitle } from '../components.tsx';
import { ErrorSummary } from '../field-errors.tsx';
import { useEditorActions } from '../item-editor-actions.ts';
import type { EditorData } from '../item-editor-data.ts';
import { controlId, fieldLabel, problemText } from '../item-editor-problems.ts';
import {
  type EditorSection,
  type EditorState,
  editorSections,
  type ItemType,
  initialState,
} from '../item-editor-state.ts';
import { useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { RichTextDoc, SessionPerson } from '../types.ts';
import { AboutFields } from './item-editor-about.tsx';
import { AttachmentsSection } from './item-editor-attachments.tsx';
import { CaseField } from './item-editor-case.tsx';
import { useFieldErrors } from './item-editor-fields.tsx';
import { RecommendationsBlock } from './item-editor-recommendations.tsx';

/** TipTap is loaded with the editor only, so the other views stay light. */
const SectionEditor = lazy(() => import('./section-editor.tsx').then((m) => ({ default: m.SectionEditor })));

const RECOMMENDATIONS = 'indstilling';
const EDITABLE = ['draft', 'returned'];

export function EditorForm({ person, data }: { person: SessionPerson; data: EditorData }) {
  const { t, tx } = useLocale();
  const org = person.orgSlug;
  const { forum } = data;
  const charter = forum.charter;
  const itemTypes: ItemType[] = charter?.itemTypes ?? ['decision', 'information', 'theme'];
  const [sections] = useState<EditorSection[]>(() => editorSections(charter?.template, data.item));
  const [state, setState] = useState<EditorState>(() =>
    initialState(sections, itemTypes, data.item, data.caseView?.caseNumber ?? ''),
  );
  const set = <K extends keyof EditorState>(key: K, value: EditorState[K]) =>
    setState((s) => ({ ...s, [key]: value }));
  const { item, caseView, attachments, errors, status, busy, kle, summaryRef, fileRef, ...act } =
    useEditorActions({ org, data, state, set });
  const fe = useFieldErrors(errors);

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

  const setRecommendations = (list: string[], focus?: string) => {
    set('recommendations', list);
    if (focus) act.focusAfter(focus);
  };

  const isNew = !item;
  const title = isNew ? `${t('editor.newTitle')} ${forum.name}` : t('editor.editTitle');
  const { err, errId, errorOf, group } = fe;
  const required = (s: EditorSection) => s.requiredFor.includes(state.type);
  const recommendationsBlock = (
    <RecommendationsBlock
      recommendations={state.recommendations}
      isDecision={state.type === 'decision'}
      fe={fe}
      onChange={setRecommendations}
    />
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
      <ErrorSummary
        heading={t('editor.summaryHeading')}
        headingId="editor-summary-heading"
        className="editor-summary"
        plainList
        entries={errors.map((e) => ({
          key: e.field,
          text: `${fieldLabel(t, sections, e.field)}: ${problemText(t, e.problem)}`,
          target: controlId(e.field),
        }))}
        summaryRef={summaryRef}
      />
      <p role="status" className="editor-status">
        {status}
      </p>
      <form
        className="item-editor"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void act.save();
        }}
      >
        <section aria-labelledby="editor-about">
          <h2 id="editor-about">{t('editor.about')}</h2>
          <AboutFields state={state} itemTypes={itemTypes} fe={fe} set={set} />
          <CaseField
            caseNumber={state.caseNumber}
            caseView={caseView}
            kle={kle}
            busy={busy !== null}
            fe={fe}
            onChange={(caseNumber) => set('caseNumber', caseNumber)}
            onSuggest={() => void act.suggest()}
            onApply={act.applyKle}
          />
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
        <AttachmentsSection
          org={org}
          itemId={item?.id ?? null}
          attachments={attachments}
          fileRef={fileRef}
          fe={fe}
          onUpload={(file) => void act.upload(file)}
          onRemove={(a) => void act.remove(a)}
        />
        <div className="editor-actions">
          <button type="submit" className="button button-secondary" aria-disabled={busy !== null}>
            {busy === 'save' ? t('editor.saving') : t('editor.save')}
          </button>
          <button
            type="button"
            className="button button-primary"
            aria-disabled={busy !== null}
            onClick={() => void act.submit()}
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
