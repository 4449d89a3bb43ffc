/**
 * The audit log's two kinds of rows (ADR 0017). Change events are the record's history (an item's
 * history is read from them) and are kept. Access events (reads of closed content, sign-ins and
 * sign-outs, exports) are kept for the retention period and then redacted.
 */

/** Every action ending in this is a read of closed content ('item.read_closed', 'search.read_closed'). */
export const READ_CLOSED_SUFFIX = '.read_closed';

/** Access actions that do not end in READ_CLOSED_SUFFIX. */
export const ACCESS_ACTIONS: readonly string[] = [
  'attachment.read',
  'session.sign_in',
  'session.sign_out',
  'session.sign_in_failed',
  'session.locked',
  'archive.export',
  'audit.export',
  'audit.verify',
];

export const isAccessAction = (action: string): boolean =>
  action.endsWith(READ_CLOSED_SUFFIX) || ACCESS_ACTIONS.includes(action);

export const DEFAULT_AUDIT_RETENTION_MONTHS = 6;

/** Why the chain breaks at a row. */
export type ChainBreak =
  /** The row's fields no longer give its stored hash: the row was changed. */
  | 'hash_mismatch'
  /** The row's prev_hash is not the hash of the row before it: a row was removed, inserted or moved. */
  | 'prev_mismatch'
  /** A redacted row that is not an access event: redaction would hide a change. */
  | 'redacted_change_event';

export const CHAIN_BREAK_TEXT: Record<ChainBreak, string> = {
  hash_mismatch: "the row's content does not give its hash: the row was changed",
  prev_mismatch: 'the row does not follow the row before it: a row was removed, inserted or moved',
  redacted_change_event: 'a change event is marked redacted: only access events may be redacted',
};
