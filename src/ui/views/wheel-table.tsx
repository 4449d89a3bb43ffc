/**
 * The annual wheel's entries: title, the rule in words, this year's meeting, the person responsible,
 * the lead time, the item type and whether it is active; for the managers an edit button and a
 * delete button that asks first.
 */
import { Fragment, useEffect, useRef } from 'react';
import { LOCALES, type MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import type { ForumView } from '../types.ts';
import { monthName, ruleInWords, type WheelEntryView } from '../wheel-rule.ts';

function ConfirmDelete({
  entry,
  busy,
  onConfirm,
  onCancel,
}: {
  entry: WheelEntryView;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useLocale();
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  const textId = `wheel-confirm-${entry.id}`;
  return (
    <fieldset className="wheel-confirm" aria-describedby={textId}>
      <legend className="sr-only">
        {t('wheel.delete')}: {entry.title}
      </legend>
      <p id={textId}>{t('wheel.confirmDelete').replace('{title}', entry.title)}</p>
      <div className="wheel-buttons">
        <button type="button" className="button button-primary" ref={yes} disabled={busy} onClick={onConfirm}>
          {t('wheel.confirmYes')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('wheel.cancel')}
        </button>
      </div>
    </fieldset>
  );
}

export function WheelTable({
  forum,
  entries,
  year,
  manager,
  editing,
  confirming,
  busy,
  onEdit,
  onAskDelete,
  onDelete,
  onCancelDelete,
}: {
  forum: ForumView;
  entries: WheelEntryView[];
  year: number;
  manager: boolean;
  editing: string | null;
  confirming: string | null;
  busy: boolean;
  onEdit: (entry: WheelEntryView) => void;
  onAskDelete: (entry: WheelEntryView) => void;
  onDelete: (entry: WheelEntryView) => void;
  onCancelDelete: (entry: WheelEntryView) => void;
}) {
  const { t, tx, lang, shortDate } = useLocale();
  const rule = (e: WheelEntryView) =>
    ruleInWords(
      e.when,
      (kind) => t(`wheel.rule.${kind}` as MessageKey),
      (m) => monthName(LOCALES[lang], m),
    );
  const nameOf = (personId: string) =>
    forum.members.find((m) => m.personId === personId)?.name ?? t('wheel.notMember');
  const cols = {
    rule: t('wheel.col.rule'),
    target: t('wheel.col.target'),
    responsible: t('wheel.col.responsible'),
    lead: t('wheel.col.lead'),
    type: t('wheel.col.type'),
    active: t('wheel.col.active'),
    actions: t('wheel.col.actions'),
  };
  const lead = (n: number) => t(n === 1 ? 'wheel.lead.one' : 'wheel.lead.other').replace('{n}', String(n));
  return (
    <table className="table table--compact wheel-table year-cards">
      <caption className="sr-only">{t('wheel.entries')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('wheel.col.title')}</th>
          <th scope="col">{cols.rule}</th>
          <th scope="col">
            {cols.target} {year}
          </th>
          <th scope="col">{cols.responsible}</th>
          <th scope="col">{cols.lead}</th>
          <th scope="col">{cols.type}</th>
          <th scope="col">{cols.active}</th>
          {manager && <th scope="col">{cols.actions}</th>}
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <Fragment key={e.id}>
            <tr>
              <th scope="row">{e.title}</th>
              <td data-label={cols.rule}>{rule(e)}</td>
              <td data-label={`${cols.target} ${year}`}>
                {e.target ? shortDate(e.target.start) : <span className="meta">{t('wheel.noTarget')}</span>}
              </td>
              <td data-label={cols.responsible}>{nameOf(e.responsiblePersonId)}</td>
              <td data-label={cols.lead}>{lead(e.leadWeeks)}</td>
              <td data-label={cols.type}>{tx('type', e.itemType)}</td>
              <td data-label={cols.active}>{e.active ? t('wheel.active.yes') : t('wheel.active.no')}</td>
              {manager && (
                <td data-label={cols.actions}>
                  <div className="wheel-actions">
                    <button
                      type="button"
                      id={`wheel-edit-${e.id}`}
                      className="button button-secondary"
                      aria-expanded={editing === e.id}
                      onClick={() => onEdit(e)}
                    >
                      {t('wheel.edit')}
                      <span className="sr-only">: {e.title}</span>
                    </button>
                    <button
                      type="button"
                      id={`wheel-delete-${e.id}`}
                      className="button button-secondary"
                      aria-expanded={confirming === e.id}
                      onClick={() => onAskDelete(e)}
                    >
                      {t('wheel.delete')}
                      <span className="sr-only">: {e.title}</span>
                    </button>
                  </div>
                </td>
              )}
            </tr>
            {manager && confirming === e.id && (
              <tr>
                <td colSpan={8} className="wheel-confirm-cell">
                  <ConfirmDelete
                    entry={e}
                    busy={busy}
                    onConfirm={() => onDelete(e)}
                    onCancel={() => onCancelDelete(e)}
                  />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
