/**
 * The item editor's actions: save as a draft (creating the item the first time), submit for
 * approval, upload and remove attachments, ask for KLE suggestions; the case number resolves to a
 * case first. Failures become field errors (the summary takes focus), outcomes a status message.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError } from './api.ts';
import { setFlash } from './flash.ts';
import {
  type CaseView,
  caseFor,
  createItem,
  type EditorData,
  type KleSuggestion,
  removeAttachment,
  submitItem,
  suggestKle,
  updateItem,
  uploadAttachment,
} from './item-editor-data.ts';
import {
  applyKleTopic,
  type EditorState,
  type FieldError,
  fieldErrors,
  sectionsText,
  toContent,
} from './item-editor-state.ts';
import { useLocale } from './locale.tsx';
import { paths, useRouter } from './router.tsx';
import type { AttachmentView, ItemView } from './types.ts';

export function useEditorActions({
  org,
  data,
  state,
  set,
}: {
  org: string;
  data: EditorData;
  state: EditorState;
  set: <K extends keyof EditorState>(key: K, value: EditorState[K]) => void;
}) {
  const { t } = useLocale();
  const { navigate } = useRouter();
  const { forum } = data;
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
  /** Focuses the control with this id after the next render. */
  const focusAfter = (id: string) => {
    pendingFocus.current = id;
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
      else if (err instanceof ApiError && err.status === 413) {
        // Beyond a quota the API says which one; otherwise the file itself is too large.
        const details =
          err.body.error === 'quota_exceeded' && err.body.details.length > 0
            ? err.body.details.map((d) => ({ ...d, path: 'file' }))
            : [{ path: 'file', problem: 'too large' }];
        fail(new ApiError(400, { ...err.body, details }), '');
      } else fail(err, t('editor.uploadFailed'));
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
      focusAfter('editor-file');
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
    focusAfter('editor-case');
  };

  return {
    item,
    caseView,
    attachments,
    errors,
    status,
    busy,
    kle,
    summaryRef,
    fileRef,
    focusAfter,
    save,
    submit,
    upload,
    remove,
    suggest,
    applyKle,
  };
}
