/**
 * The managers' form for a working group, new or existing: name, mandate, deadline, status (an
 * existing group), and the members chosen from the organisation's people, each with the basis and
 * reason for the choice. Problems show at the field and in a summary that takes focus.
 */

import { useEffect, useRef, useState } from 'react';
import { failureText } from '../api.ts';
import { Show } from '../components.tsx';
import { useSummaryFocus } from '../field-errors.tsx';
import { FailureAlert } from '../form-errors.tsx';
import {
  createGroup,
  formFromGroup,
  GROUP_STATUSES,
  type GroupForm,
  type GroupProblem,
  groupBody,
  groupFieldId,
  groupProblemsOf,
  listPeople,
  type PersonOption,
  updateGroup,
  type WorkingGroupView,
} from '../groups-data.ts';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import { useLoad } from '../use-api.ts';
import { Field, FormProblems, type ShownProblem } from './working-group-fields.tsx';
import { MemberRows } from './working-group-members.tsx';

const LABELS: Record<string, MessageKey> = {
  name: 'groups.name',
  mandate: 'groups.mandate',
  deadline: 'groups.deadline',
  status: 'groups.status',
};

export function WorkingGroupForm({
  org,
  forum,
  group,
  onSaved,
  onCancel,
}: {
  org: string;
  forum: string;
  /** The group to change; null for a new one. */
  group: WorkingGroupView | null;
  onSaved: (saved: WorkingGroupView) => void;
  onCancel: () => void;
}) {
  const people = useLoad(`people:${org}`, () => listPeople(org));
  return (
    <Show loaded={people}>
      {(list) => <GroupFormBody {...{ org, forum, group, onSaved, onCancel }} people={list} />}
    </Show>
  );
}

function GroupFormBody({
  org,
  forum,
  group,
  people,
  onSaved,
  onCancel,
}: {
  org: string;
  forum: string;
  group: WorkingGroupView | null;
  people: PersonOption[];
  onSaved: (saved: WorkingGroupView) => void;
  onCancel: () => void;
}) {
  const { t, tx } = useLocale();
  const [form, setForm] = useState<GroupForm>(() => formFromGroup(group));
  const [problems, setProblems] = useState<GroupProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const { summary, focusSummary } = useSummaryFocus();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const editing = group !== null;
  const set = (patch: Partial<GroupForm>) => setForm((f) => ({ ...f, ...patch }));

  const labelOf = (path: string): string => {
    const m = /^members\.(\d+)\./.exec(path);
    if (m) return `${t('groups.memberN')} ${Number(m[1]) + 1}`;
    const key = LABELS[path.split('.')[0] ?? ''];
    return key ? t(key) : path;
  };
  const show = (list: GroupProblem[]) => {
    setProblems(list);
    focusSummary();
  };
  const shownProblems: ShownProblem[] = problems.map((p) => {
    const message = tx('groups.problem', p.problem);
    const known = p.path in LABELS || /^members\.\d+\.(personId|basis|reason)$/.test(p.path);
    return {
      path: p.path,
      target: known ? groupFieldId(p.path) : null,
      text: `${labelOf(p.path)}: ${message}`,
      message,
    };
  });
  const errorAt = (path: string) => shownProblems.find((p) => p.path === path)?.message;

  const save = async () => {
    setFailure(null);
    const checked = groupBody(form, editing);
    if (!checked.ok) return show(checked.problems);
    setBusy(true);
    try {
      const { mandate, ...rest } = checked.body;
      const saved = group
        ? await updateGroup(org, forum, group.id, form.mandateChanged ? checked.body : rest)
        : await createGroup(org, forum, { ...rest, mandate });
      setProblems([]);
      onSaved(saved);
    } catch (err) {
      setBusy(false);
      const fields = groupProblemsOf(err);
      if (fields) return show(fields);
      setProblems([]);
      setFailure(failureText(err, { 403: t('groups.forbidden') }));
    }
  };

  const prefix = t('error');
  return (
    <section aria-labelledby="wg-form-title" className="wg-form">
      <h2 id="wg-form-title">{editing ? t('groups.editTitle') : t('groups.newTitle')}</h2>
      <p className="sr-only" aria-live="polite">
        {said}
      </p>
      <FormProblems heading={t('groups.errorSummary')} problems={shownProblems} summaryRef={summary} />
      {failure && <FailureAlert text={failure} />}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Field
          id={groupFieldId('name')}
          label={t('groups.name')}
          error={errorAt('name')}
          errorPrefix={prefix}
        >
          {(aria) => (
            <input
              ref={first}
              type="text"
              className="form-input input-width-xl"
              maxLength={200}
              value={form.name}
              onChange={(e) => set({ name: e.target.value })}
              {...aria}
            />
          )}
        </Field>
        <Field
          id={groupFieldId('mandate')}
          label={t('groups.mandate')}
          hint={t('groups.mandateHint')}
          error={errorAt('mandate')}
          errorPrefix={prefix}
        >
          {(aria) => (
            <textarea
              className="form-input"
              rows={6}
              value={form.mandate}
              onChange={(e) => set({ mandate: e.target.value, mandateChanged: true })}
              {...aria}
            />
          )}
        </Field>
        <Field
          id={groupFieldId('deadline')}
          label={t('groups.deadline')}
          hint={t('groups.deadlineHint')}
          error={errorAt('deadline')}
          errorPrefix={prefix}
        >
          {(aria) => (
            <input
              type="date"
              className="form-input input-width-s"
              value={form.deadline}
              onChange={(e) => set({ deadline: e.target.value })}
              {...aria}
            />
          )}
        </Field>
        {editing && (
          <Field
            id={groupFieldId('status')}
            label={t('groups.status')}
            error={errorAt('status')}
            errorPrefix={prefix}
          >
            {(aria) => (
              <select
                className="form-select"
                value={form.status}
                onChange={(e) => set({ status: e.target.value as GroupForm['status'] })}
                {...aria}
              >
                {GROUP_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {tx('groups.status', s)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <MemberRows
          members={form.members}
          people={people}
          errorAt={errorAt}
          errorPrefix={prefix}
          onChange={(members) => setForm((f) => ({ ...f, members }))}
          onRemoved={() => setProblems([])}
          announce={setSaid}
        />
        <div className="wg-buttons">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('groups.saving') : editing ? t('groups.save') : t('groups.create')}
          </button>
          <button type="button" className="button button-secondary" disabled={busy} onClick={onCancel}>
            {t('groups.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
