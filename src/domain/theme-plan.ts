/**
 * The theme plan (temaplan): who presents which theme at which meeting. Presenters take turns
 * among the forum's heads (Albertslund Chefforum: each head in turn has the coming theme
 * discussion). Pure: the caller passes the heads and the plan so far.
 */
import { z } from 'zod';

export const THEME_STATUSES = ['proposed', 'confirmed', 'presented', 'cancelled'] as const;
export type ThemeStatus = (typeof THEME_STATUSES)[number];

/** Days before the meeting the presenter is reminded (one mail each). */
export const PRESENTER_REMINDER_DAYS = [14, 3] as const;

export const themeAssignmentInputSchema = z.object({
  /** A stored meeting's id or a series date of the forum. */
  meeting: z.string().min(1).max(40),
  theme: z.string().trim().min(1, 'must not be empty').max(300),
  presenterPersonId: z.string().uuid(),
  status: z.enum(THEME_STATUSES).default('proposed'),
  note: z.string().trim().max(2000).default(''),
});

export const themeAssignmentPatchSchema = z.object({
  theme: z.string().trim().min(1, 'must not be empty').max(300).optional(),
  presenterPersonId: z.string().uuid().optional(),
  status: z.enum(THEME_STATUSES).optional(),
  note: z.string().trim().max(2000).optional(),
});

export interface ThemeAssignment {
  id: string;
  orgId: string;
  forumId: string;
  meetingId: string;
  meetingStart: string;
  theme: string;
  presenterPersonId: string;
  status: ThemeStatus;
  note: string;
}

/**
 * The next presenter by rotation: the head whose last turn (a non-cancelled assignment) lies
 * furthest back; a head who never presented comes first, in the order given. Undefined if there
 * are no heads.
 */
export function nextPresenter(
  heads: readonly string[],
  plan: readonly Pick<ThemeAssignment, 'presenterPersonId' | 'meetingStart' | 'status'>[],
): string | undefined {
  const last = new Map<string, string>();
  for (const a of plan) {
    if (a.status === 'cancelled') continue;
    const prev = last.get(a.presenterPersonId);
    if (!prev || a.meetingStart > prev) last.set(a.presenterPersonId, a.meetingStart);
  }
  let best: string | undefined;
  let bestAt: string | null = null;
  for (const h of heads) {
    const at = last.get(h) ?? '';
    if (best === undefined || bestAt === null || at < bestAt) {
      best = h;
      bestAt = at;
    }
  }
  return best;
}

/**
 * Which reminder (days before) is due now for a meeting, if any: the smallest configured number of
 * days whose moment (meeting start minus the days) has passed while the meeting is still ahead.
 */
export function dueReminder(meetingStart: string, now: Date): number | undefined {
  const start = Date.parse(meetingStart);
  if (now.getTime() >= start) return undefined;
  const passed = PRESENTER_REMINDER_DAYS.filter((d) => now.getTime() >= start - d * 86_400_000);
  return passed.length ? Math.min(...passed) : undefined;
}
