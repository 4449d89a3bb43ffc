/** The member rows of the working group form: person, basis and reason each; rows added and removed. */
import { useEffect, useRef, useState } from 'react';
import {
  groupFieldId,
  MEMBER_BASES,
  type MemberBasis,
  type MemberRow,
  newMemberRow,
  type PersonOption,
} from '../groups-data.ts';
import { useLocale } from '../locale.tsx';
import { Field } from './working-group-fields.tsx';

export function MemberRows({
  members,
  people,
  errorAt,
  errorPrefix,
  onChange,
  onRemoved,
  announce,
}: {
  members: MemberRow[];
  people: PersonOption[];
  errorAt: (path: string) => string | undefined;
  errorPrefix: string;
  onChange: (members: MemberRow[]) => void;
  /** After a row is removed (its problems no longer match the rows). */
  onRemoved: () => void;
  /** Tells a screen reader what changed. */
  announce: (text: string) => void;
}) {
  const { t, tx } = useLocale();
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusRow, setFocusRow] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (focusRow) document.getElementById(focusRow.id)?.focus();
  }, [focusRow]);
  const setMember = (uid: string, patch: Partial<MemberRow>) =>
    onChange(members.map((m) => (m.uid === uid ? { ...m, ...patch } : m)));
  return (
    <fieldset className="wg-members">
      <legend className="h3">{t('groups.membersLegend')}</legend>
      {members.length === 0 && <p>{t('groups.noMembers')}</p>}
      {members.map((m, i) => {
        const base = `members.${i}`;
        return (
          <fieldset key={m.uid} className="wg-member">
            <legend className="wg-member-legend">
              {t('groups.memberLegend')} {i + 1}
            </legend>
            <Field
              id={groupFieldId(`${base}.personId`)}
              label={t('groups.person')}
              error={errorAt(`${base}.personId`)}
              errorPrefix={errorPrefix}
            >
              {(aria) => (
                <select
                  className="form-select"
                  value={m.personId}
                  onChange={(e) => setMember(m.uid, { personId: e.target.value })}
                  {...aria}
                >
                  <option value="">{t('groups.choosePerson')}</option>
                  {people.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.title ? `${p.name}, ${p.title}` : p.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              id={groupFieldId(`${base}.basis`)}
              label={t('groups.basis')}
              error={errorAt(`${base}.basis`)}
              errorPrefix={errorPrefix}
            >
              {(aria) => (
                <select
                  className="form-select"
                  value={m.basis}
                  onChange={(e) => setMember(m.uid, { basis: e.target.value as MemberBasis })}
                  {...aria}
                >
                  {MEMBER_BASES.map((b) => (
                    <option key={b} value={b}>
                      {tx('groups.basis', b)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              id={groupFieldId(`${base}.reason`)}
              label={t('groups.reason')}
              error={errorAt(`${base}.reason`)}
              errorPrefix={errorPrefix}
            >
              {(aria) => (
                <input
                  type="text"
                  className="form-input input-width-xl"
                  maxLength={500}
                  value={m.reason}
                  onChange={(e) => setMember(m.uid, { reason: e.target.value })}
                  {...aria}
                />
              )}
            </Field>
            <button
              type="button"
              className="button button-secondary wg-remove"
              onClick={() => {
                onChange(members.filter((x) => x.uid !== m.uid));
                onRemoved();
                announce(t('groups.memberRemoved'));
                addButton.current?.focus();
              }}
            >
              {t('groups.removeMember')} {i + 1}
            </button>
          </fieldset>
        );
      })}
      <button
        ref={addButton}
        type="button"
        className="button button-secondary wg-add"
        onClick={() => {
          const row = newMemberRow();
          onChange([...members, row]);
          announce(t('groups.memberAdded'));
          setFocusRow({ id: groupFieldId(`members.${members.length}.personId`) });
        }}
      >
        {t('groups.addMember')}
      </button>
    </fieldset>
  );
}
