/**
 * The charter (kommissorium) editor (/fora/:forum/kommissorium): the forum's charter in force, and
 * for its chair, secretary or an administrator a form for a new version (purpose, meeting plan,
 * deadlines, approval, item template, date of effect). Field errors, the page's own and the API's,
 * are shown at the field and in an error summary that takes focus.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api.ts';
import {
  APPROVERS,
  addSection,
  type CharterForm,
  charterInput,
  DEADLINE_NAMES,
  DEADLINE_RULE_KINDS,
  type DeadlineForm,
  type DeadlineName,
  fieldOf,
  fieldPaths,
  formFromCharter,
  HOLIDAY_RULES,
  ITEM_TYPES,
  moveSection,
  removeSection,
  type SectionForm,
  WEEKDAY_KINDS,
} from '../charter-form.ts';
import { PageTitle, Show } from '../components.tsx';
import { isManagerOf } from '../follow-up-list.ts';
import { type Charter, createCharter, loadCharters } from '../follow-ups-data.ts';
import type { MessageKey } from '../i18n.ts';
import { localToday, useLocale } from '../locale.tsx';
import { Link, paths } from '../router.tsx';
import type { ForumView, SessionPerson } from '../types.ts';
import { useLoad } from '../use-api.ts';
import '../styles/follow-ups.css';

/** An error as shown: the form field's path it belongs to (null: none) and the message. */
interface Problem {
  path: string;
  field: string | null;
  message: string;
}

const idOf = (path: string) => `ch-${path.replaceAll('.', '-')}`;

/** The input an error's field sends the focus to. */
function anchorOf(field: string): string {
  if (/^deadlines\.[a-z]+$/.test(field)) return `${field}.kind`;
  const section = /^template\.(\d+)(\..*)?$/.exec(field);
  if (section) return `template.${section[1]}.heading`;
  if (field === 'template') return 'template.add';
  if (field === 'itemTypes') return `itemTypes.${ITEM_TYPES[0]}`;
  return field;
}

function FieldError({ path, problems }: { path: string; problems: Problem[] }) {
  const mine = problems.filter((p) => p.field !== null && anchorOf(p.field) === path);
  if (mine.length === 0) return null;
  return (
    <span className="form-error-message" id={`${idOf(path)}-error`}>
      {mine.map((p) => (
        <span key={p.path + p.message} className="ch-error-line">
          {p.message}
        </span>
      ))}
    </span>
  );
}

/** Props for an input with a label, an optional hint and the errors that belong to it. */
function useField(problems: Problem[]) {
  return (path: string, hint?: boolean) => {
    const invalid = problems.some((p) => p.field !== null && anchorOf(p.field) === path);
    const describedBy = [hint && `${idOf(path)}-hint`, invalid && `${idOf(path)}-error`].filter(Boolean);
    return {
      id: idOf(path),
      'aria-invalid': invalid || undefined,
      'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
    };
  };
}

const groupClass = (problems: Problem[], path: string) =>
  `form-group${problems.some((p) => p.field !== null && anchorOf(p.field) === path) ? ' form-error' : ''}`;

function DeadlineFields({
  name,
  value,
  onChange,
  problems,
}: {
  name: DeadlineName;
  value: DeadlineForm;
  onChange: (d: DeadlineForm) => void;
  problems: Problem[];
}) {
  const { t } = useLocale();
  const field = useField(problems);
  const base = `deadlines.${name}`;
  const weekday = value.kind !== '' && WEEKDAY_KINDS.includes(value.kind);
  return (
    <fieldset className="ch-deadline">
      <legend className="form-label">{t(`ch.deadline.${name}` as MessageKey)}</legend>
      <div className="ch-inline">
        <div className={groupClass(problems, `${base}.kind`)}>
          <label className="form-label" htmlFor={idOf(`${base}.kind`)}>
            {t('ch.rule')}
          </label>
          <FieldError path={`${base}.kind`} problems={problems} />
          <select
            className="form-select"
            {...field(`${base}.kind`)}
            value={value.kind}
            onChange={(e) => onChange({ ...value, kind: e.target.value as DeadlineForm['kind'] })}
          >
            <option value="">{t('ch.rule.none')}</option>
            {DEADLINE_RULE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`ch.rule.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        {value.kind !== '' && weekday && (
          <div className={groupClass(problems, `${base}.weekday`)}>
            <label className="form-label" htmlFor={idOf(`${base}.weekday`)}>
              {t('ch.weekday')}
            </label>
            <FieldError path={`${base}.weekday`} problems={problems} />
            <select
              className="form-select"
              {...field(`${base}.weekday`)}
              value={value.weekday}
              onChange={(e) => onChange({ ...value, weekday: e.target.value })}
            >
              <option value="" />
              {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                <option key={d} value={String(d)}>
                  {t(`ch.weekday.${d}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
        )}
        {value.kind !== '' && !weekday && (
          <div className={groupClass(problems, `${base}.days`)}>
            <label className="form-label" htmlFor={idOf(`${base}.days`)}>
              {t('ch.days')}
            </label>
            <FieldError path={`${base}.days`} problems={problems} />
            <input
              type="text"
              inputMode="numeric"
              className="form-input input-width-xs"
              {...field(`${base}.days`)}
              value={value.days}
              onChange={(e) => onChange({ ...value, days: e.target.value })}
            />
          </div>
        )}
        {value.kind !== '' && (
          <div className={groupClass(problems, `${base}.time`)}>
            <label className="form-label" htmlFor={idOf(`${base}.time`)}>
              {t('ch.time')}
            </label>
            <span className="form-hint" id={`${idOf(`${base}.time`)}-hint`}>
              {t('ch.timeHint')}
            </span>
            <FieldError path={`${base}.time`} problems={problems} />
            <input
              type="text"
              className="form-input input-width-xs"
              {...field(`${base}.time`, true)}
              value={value.time}
              onChange={(e) => onChange({ ...value, time: e.target.value })}
            />
          </div>
        )}
      </div>
    </fieldset>
  );
}

function TemplateSections({
  sections,
  onChange,
  problems,
  announce,
}: {
  sections: SectionForm[];
  onChange: (s: SectionForm[]) => void;
  problems: Problem[];
  announce: (text: string) => void;
}) {
  const { t, tx } = useLocale();
  const field = useField(problems);
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);
  const name = (s: SectionForm) => s.heading.trim() || t('ch.newSection');
  const update = (i: number, patch: Partial<SectionForm>) =>
    onChange(sections.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, delta: -1 | 1) => {
    const s = sections[i];
    if (!s) return;
    const moved = moveSection(sections, i, delta);
    onChange(moved);
    const to = i + delta;
    // Keep the focus on the button pressed, or on the other one once the section reaches an end.
    const up = delta === -1 ? to > 0 : to === moved.length - 1;
    setFocus(`ch-section-${s.uid}-${up ? 'up' : 'down'}`);
    announce(`«${name(s)}» ${t('ch.movedTo')} ${to + 1}.`);
  };
  return (
    <>
      {sections.length === 0 ? (
        <p>{t('ch.noSections')}</p>
      ) : (
        <ol className="ch-section-list">
          {sections.map((s, i) => {
            const path = `template.${i}`;
            return (
              <li key={s.uid} className="ch-section">
                <fieldset>
                  <legend className="form-label">
                    {t('ch.section')} {i + 1}: {name(s)}
                  </legend>
                  <div className={groupClass(problems, `${path}.heading`)}>
                    <label className="form-label" htmlFor={idOf(`${path}.heading`)}>
                      {t('ch.heading')}
                    </label>
                    <FieldError path={`${path}.heading`} problems={problems} />
                    <input
                      type="text"
                      className="form-input"
                      {...field(`${path}.heading`)}
                      value={s.heading}
                      onChange={(e) => update(i, { heading: e.target.value })}
                    />
                  </div>
                  <fieldset className="form-group">
                    <legend className="form-label">{t('ch.requiredFor')}</legend>
                    <div className="ch-checks">
                      {ITEM_TYPES.map((type) => (
                        <div key={type} className="form-group-checkbox">
                          <input
                            type="checkbox"
                            className="form-checkbox checkbox-large"
                            id={idOf(`${path}.requiredFor.${type}`)}
                            checked={s.requiredFor.includes(type)}
                            onChange={(e) =>
                              update(i, {
                                requiredFor: e.target.checked
                                  ? [...s.requiredFor, type]
                                  : s.requiredFor.filter((x) => x !== type),
                              })
                            }
                          />
                          <label htmlFor={idOf(`${path}.requiredFor.${type}`)}>{tx('type', type)}</label>
                        </div>
                      ))}
                    </div>
                  </fieldset>
                  <div className="ch-section-tools">
                    <button
                      type="button"
                      id={`ch-section-${s.uid}-up`}
                      className="button button-secondary"
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                    >
                      {t('ch.moveUp')}
                      <span className="sr-only">: {name(s)}</span>
                    </button>
                    <button
                      type="button"
                      id={`ch-section-${s.uid}-down`}
                      className="button button-secondary"
                      disabled={i === sections.length - 1}
                      onClick={() => move(i, 1)}
                    >
                      {t('ch.moveDown')}
                      <span className="sr-only">: {name(s)}</span>
                    </button>
                    <button
                      type="button"
                      className="button button-tertiary"
                      onClick={() => {
                        onChange(removeSection(sections, i));
                        const next = sections[i + 1] ?? sections[i - 1];
                        setFocus(
                          next
                            ? idOf(`template.${i < sections.length - 1 ? i : i - 1}.heading`)
                            : idOf('template.add'),
                        );
                        announce(`«${name(s)}» ${t('ch.removed')}`);
                      }}
                    >
                      {t('ch.remove')}
                      <span className="sr-only">: {name(s)}</span>
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <FieldError path="template.add" problems={problems} />
      <button
        type="button"
        id={idOf('template.add')}
        className="button button-secondary"
        onClick={() => {
          onChange(addSection(sections));
          setFocus(idOf(`template.${sections.length}.heading`));
          announce(t('ch.added'));
        }}
      >
        {t('ch.addSection')}
      </button>
    </>
  );
}

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

function Editor({
  person,
  forum,
  charters,
  onSaved,
}: {
  person: SessionPerson;
  forum: ForumView;
  charters: Charter[];
  onSaved: (c: Charter) => void;
}) {
  const { t, tx } = useLocale();
  const latest = [...charters].sort((a, b) => a.version - b.version).at(-1) ?? null;
  const [form, setForm] = useState<CharterForm>(() => formFromCharter(latest, localToday()));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [shown, setShown] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown > 0) summary.current?.focus();
  }, [shown]);
  const field = useField(problems);
  const set = <K extends keyof CharterForm>(key: K, value: CharterForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const label = (path: string): string => {
    const parts = path.split('.');
    const [a, b, c] = parts;
    if (a === 'deadlines' && b) {
      const what = t(`ch.deadline.${b}` as MessageKey);
      const sub =
        c === 'weekday' ? t('ch.weekday') : c === 'days' ? t('ch.days') : c === 'time' ? t('ch.time') : null;
      return sub ? `${what}, ${sub}` : what;
    }
    if (a === 'template' && b !== undefined && /^\d+$/.test(b)) return `${t('ch.section')} ${Number(b) + 1}`;
    const labels: Record<string, MessageKey> = {
      purpose: 'ch.purpose',
      'cadence.rrule': 'ch.rrule',
      'cadence.startTime': 'ch.startTime',
      'cadence.durationMinutes': 'ch.duration',
      holidayRule: 'ch.holidayRule',
      approver: 'ch.approver',
      itemTypes: 'ch.itemTypes',
      'capacity.maxThemes': 'ch.maxThemes',
      'capacity.maxMinutes': 'ch.maxMinutes',
      titlePrefix: 'ch.titlePrefix',
      template: 'ch.templateLegend',
      effectiveFrom: 'ch.effectiveFrom',
    };
    const key = labels[path];
    return key ? t(key) : path;
  };

  const show = (list: { path: string; problem: string }[], translate: (p: string) => string) => {
    const fields = fieldPaths(form);
    const order = (p: Problem) => (p.field === null ? fields.length : fields.indexOf(p.field));
    const out = list.map((d) => {
      const f = fieldOf(d.path, fields);
      return { path: d.path, field: f, message: translate(d.problem) };
    });
    setProblems(out.sort((x, y) => order(x) - order(y)));
    setShown((n) => n + 1);
  };

  const save = async () => {
    setFailure(null);
    const input = charterInput(form, latest);
    if (!input.ok) {
      show(input.problems, (p) => t(`ch.${p}` as MessageKey));
      return;
    }
    setBusy(true);
    try {
      const saved = await createCharter(person.orgSlug, forum.shortName, input.body);
      setProblems([]);
      onSaved(saved);
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.status === 400 && err.body.details.length > 0) {
        show(err.body.details, (p) => tx('ch.problem', p));
        return;
      }
      setProblems([]);
      setFailure(
        err instanceof ApiError && err.status === 403
          ? t('ch.forbidden')
          : err instanceof Error
            ? err.message
            : String(err),
      );
    }
  };

  return (
    <section aria-labelledby="ch-edit-title">
      <h2 id="ch-edit-title">{t('ch.editTitle')}</h2>
      <p>{t('ch.intro')}</p>
      <p className="sr-only" aria-live="polite">
        {said}
      </p>
      {problems.length > 0 && (
        <div className="alert alert-error ch-summary" role="alert" tabIndex={-1} ref={summary}>
          <div className="alert-body">
            <p className="alert-heading">{t('ch.errorSummary')}</p>
            <ul className="alert-text">
              {problems.map((p) => (
                <li key={p.path + p.message}>
                  {p.field ? (
                    <a
                      href={`#${idOf(anchorOf(p.field))}`}
                      onClick={(e) => {
                        e.preventDefault();
                        document.getElementById(idOf(anchorOf(p.field ?? '')))?.focus();
                      }}
                    >
                      {label(p.path)}: {p.message}
                    </a>
                  ) : (
                    `${label(p.path)}: ${p.message}`
                  )}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {failure && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">{failure}</p>
          </div>
        </div>
      )}
      <form
        className="ch-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset>
          <legend className="ch-legend">{t('ch.purposeLegend')}</legend>
          <div className={groupClass(problems, 'purpose')}>
            <label className="form-label" htmlFor={idOf('purpose')}>
              {t('ch.purpose')}
            </label>
            <FieldError path="purpose" problems={problems} />
            <textarea
              className="form-input"
              rows={6}
              {...field('purpose')}
              value={form.purpose}
              onChange={(e) => set('purpose', e.target.value)}
            />
          </div>
        </fieldset>

        <fieldset>
          <legend className="ch-legend">{t('ch.meetingsLegend')}</legend>
          <div className={groupClass(problems, 'cadence.rrule')}>
            <label className="form-label" htmlFor={idOf('cadence.rrule')}>
              {t('ch.rrule')}
            </label>
            <span className="form-hint" id={`${idOf('cadence.rrule')}-hint`}>
              {t('ch.rruleHint')}
            </span>
            <FieldError path="cadence.rrule" problems={problems} />
            <input
              type="text"
              className="form-input"
              spellCheck={false}
              {...field('cadence.rrule', true)}
              value={form.rrule}
              onChange={(e) => set('rrule', e.target.value)}
            />
          </div>
          <div className="ch-inline">
            <div className={groupClass(problems, 'cadence.startTime')}>
              <label className="form-label" htmlFor={idOf('cadence.startTime')}>
                {t('ch.startTime')}
              </label>
              <span className="form-hint" id={`${idOf('cadence.startTime')}-hint`}>
                {t('ch.timeHint')}
              </span>
              <FieldError path="cadence.startTime" problems={problems} />
              <input
                type="text"
                className="form-input input-width-xs"
                {...field('cadence.startTime', true)}
                value={form.startTime}
                onChange={(e) => set('startTime', e.target.value)}
              />
            </div>
            <div className={groupClass(problems, 'cadence.durationMinutes')}>
              <label className="form-label" htmlFor={idOf('cadence.durationMinutes')}>
                {t('ch.duration')}
              </label>
              <FieldError path="cadence.durationMinutes" problems={problems} />
              <input
                type="text"
                inputMode="numeric"
                className="form-input input-width-xs"
                {...field('cadence.durationMinutes')}
                value={form.durationMinutes}
                onChange={(e) => set('durationMinutes', e.target.value)}
              />
            </div>
          </div>
          <div className={groupClass(problems, 'holidayRule')}>
            <label className="form-label" htmlFor={idOf('holidayRule')}>
              {t('ch.holidayRule')}
            </label>
            <FieldError path="holidayRule" problems={problems} />
            <select
              className="form-select"
              {...field('holidayRule')}
              value={form.holidayRule}
              onChange={(e) => set('holidayRule', e.target.value as CharterForm['holidayRule'])}
            >
              {HOLIDAY_RULES.map((r) => (
                <option key={r} value={r}>
                  {t(`ch.holiday.${r}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          {latest && latest.cadence.variations.length > 0 && (
            <div className="form-group">
              <p className="meta">{t('ch.variationsKept')}</p>
              <ul>
                {latest.cadence.variations.map((v) => (
                  <li key={v.label}>
                    {v.label} (<code>{v.rrule}</code>)
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p className="meta">{t('ch.placeNote')}</p>
        </fieldset>

        <fieldset>
          <legend className="ch-legend">{t('ch.deadlinesLegend')}</legend>
          <p className="form-hint">{t('ch.deadlinesHint')}</p>
          {DEADLINE_NAMES.map((n) => (
            <DeadlineFields
              key={n}
              name={n}
              value={form.deadlines[n]}
              problems={problems}
              onChange={(d) => set('deadlines', { ...form.deadlines, [n]: d })}
            />
          ))}
        </fieldset>

        <fieldset>
          <legend className="ch-legend">{t('ch.approvalLegend')}</legend>
          <div className={groupClass(problems, 'approver')}>
            <label className="form-label" htmlFor={idOf('approver')}>
              {t('ch.approver')}
            </label>
            <FieldError path="approver" problems={problems} />
            <select
              className="form-select"
              {...field('approver')}
              value={form.approver}
              onChange={(e) => set('approver', e.target.value as CharterForm['approver'])}
            >
              {APPROVERS.map((a) => (
                <option key={a} value={a}>
                  {t(`ch.approver.${a}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          <fieldset className={groupClass(problems, `itemTypes.${ITEM_TYPES[0]}`)}>
            <legend className="form-label">{t('ch.itemTypes')}</legend>
            <FieldError path={`itemTypes.${ITEM_TYPES[0]}`} problems={problems} />
            <div className="ch-checks">
              {ITEM_TYPES.map((type) => (
                <div key={type} className="form-group-checkbox">
                  <input
                    type="checkbox"
                    className="form-checkbox checkbox-large"
                    id={idOf(`itemTypes.${type}`)}
                    checked={form.itemTypes.includes(type)}
                    onChange={(e) =>
                      set(
                        'itemTypes',
                        e.target.checked
                          ? [...form.itemTypes, type]
                          : form.itemTypes.filter((x) => x !== type),
                      )
                    }
                  />
                  <label htmlFor={idOf(`itemTypes.${type}`)}>{tx('type', type)}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <div className="ch-inline">
            {(['maxThemes', 'maxMinutes'] as const).map((k) => (
              <div key={k} className={groupClass(problems, `capacity.${k}`)}>
                <label className="form-label" htmlFor={idOf(`capacity.${k}`)}>
                  {t(`ch.${k}`)}
                </label>
                <FieldError path={`capacity.${k}`} problems={problems} />
                <input
                  type="text"
                  inputMode="numeric"
                  className="form-input input-width-xs"
                  {...field(`capacity.${k}`)}
                  value={form[k]}
                  onChange={(e) => set(k, e.target.value)}
                />
              </div>
            ))}
          </div>
          <div className={groupClass(problems, 'titlePrefix')}>
            <label className="form-label" htmlFor={idOf('titlePrefix')}>
              {t('ch.titlePrefix')}
            </label>
            <span className="form-hint" id={`${idOf('titlePrefix')}-hint`}>
              {t('ch.titlePrefixHint')}
            </span>
            <FieldError path="titlePrefix" problems={problems} />
            <input
              type="text"
              className="form-input input-width-s"
              {...field('titlePrefix', true)}
              value={form.titlePrefix}
              onChange={(e) => set('titlePrefix', e.target.value)}
            />
          </div>
          <div className="form-group form-group-checkbox">
            <input
              type="checkbox"
              className="form-checkbox checkbox-large"
              id={idOf('showClosedTitles')}
              checked={form.showClosedTitles}
              onChange={(e) => set('showClosedTitles', e.target.checked)}
            />
            <label htmlFor={idOf('showClosedTitles')}>{t('ch.showClosedTitles')}</label>
          </div>
        </fieldset>

        <fieldset>
          <legend className="ch-legend">{t('ch.templateLegend')}</legend>
          <p className="form-hint">{t('ch.templateHint')}</p>
          <TemplateSections
            sections={form.template}
            problems={problems}
            onChange={(s) => set('template', s)}
            announce={setSaid}
          />
        </fieldset>

        <fieldset>
          <legend className="ch-legend">{t('ch.effectiveLegend')}</legend>
          <div className={groupClass(problems, 'effectiveFrom')}>
            <label className="form-label" htmlFor={idOf('effectiveFrom')}>
              {t('ch.effectiveFrom')}
            </label>
            <FieldError path="effectiveFrom" problems={problems} />
            <input
              type="date"
              className="form-input input-width-s"
              {...field('effectiveFrom')}
              value={form.effectiveFrom}
              onChange={(e) => set('effectiveFrom', e.target.value)}
            />
          </div>
        </fieldset>
        <div className="ch-save">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('ch.saving') : t('ch.save')}
          </button>
        </div>
      </form>
    </section>
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
      <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
        <ol className="breadcrumbs__list">
          <li className="breadcrumbs__list-item">
            <Link href={paths.home()} className="breadcrumbs__link">
              {t('home')}
            </Link>
          </li>
          <li className="breadcrumbs__list-item">
            <Link href={paths.forum(forum)} className="breadcrumbs__link">
              {name}
            </Link>
          </li>
          <li className="breadcrumbs__list-item" aria-current="page">
            {t('ch.title')}
          </li>
        </ol>
      </nav>
      <PageTitle title={`${t('ch.title')}: ${name}`}>
        {t('ch.title')}: {name}
      </PageTitle>
      <div role="status" className="flash" ref={status} tabIndex={-1}>
        {message && (
          <div className="alert alert-success">
            <div className="alert-body">
              <p className="alert-text">{message}</p>
            </div>
          </div>
        )}
      </div>
      <Show loaded={loaded}>
        {({ forum: view, charters }) => (
          <>
            <section aria-labelledby="ch-current">
              <h2 id="ch-current">{t('ch.current')}</h2>
              <CurrentCharter charter={view.charter} />
            </section>
            {isManagerOf(person, view.members) ? (
              <Editor
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
