/** Minute-taking's problem texts: the API's validation problems and what waits in the form, in words. */
import type { MessageKey } from './i18n.ts';
import { fill, type ItemForm, type Pending } from './minute-taking-logic.ts';

type Translate = (key: MessageKey) => string;

/** The page's text for a validation problem of the API (by its path), else the API's own words. */
export function problemText(t: Translate, path: string, problem: string): string {
  const [head, , leaf] = path.split('.');
  const key: MessageKey | null =
    head === 'outcomes'
      ? leaf === 'target'
        ? 'mt.problem.target'
        : leaf === 'targetForumId'
          ? 'mt.problem.forum'
          : leaf === 'reason'
            ? 'mt.problem.reason'
            : 'mt.problem.outcomes'
      : head === 'presence'
        ? 'mt.problem.presence'
        : head === 'decision' || head === 'minutes'
          ? 'mt.problem.decision'
          : head === 'followUps'
            ? leaf === 'ownerPersonId'
              ? 'mt.problem.owner'
              : leaf === 'meetingId' || (leaf === 'due' && problem.includes('meeting'))
                ? 'mt.problem.dueMeeting'
                : leaf === 'due'
                  ? 'mt.problem.due'
                  : 'mt.problem.followUp'
            : null;
  return key ? t(key) : problem;
}

/** What waits in the form before it can be saved, numbered as the page shows it. */
export function pendingText(t: Translate, p: Pending, form: ItemForm): string {
  const n =
    p.reason === 'follow_up'
      ? form.followUps.findIndex((f) => `followup-${f.key}` === p.field) + 1
      : Number(p.field.split('-')[1]) + 1;
  return fill(t(`mt.pending.${p.reason}` as MessageKey), { n });
}
