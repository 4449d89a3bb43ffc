/**
 * Lederforum's themes (Albertslund, kommissorium for Lederforum): members propose themes, the
 * municipal director (the forum's chair) selects the themes of each meeting, "maksimalt to temaer
 * på hvert møde". A selected theme becomes a theme item on the meeting's agenda.
 */
import { z } from 'zod';
import { invalid } from './errors.ts';

/** "der drøftes maksimalt to temaer på hvert møde". */
export const MAX_THEMES_PER_MEETING = 2;

export const THEME_STATUSES = ['proposed', 'selected'] as const;
export type ThemeStatus = (typeof THEME_STATUSES)[number];

export const proposeThemeSchema = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(300),
  description: z.string().trim().max(5000).default(''),
});

/** `meeting`: a stored meeting's id or a series date (as for scheduling items). */
export const selectThemeSchema = z.object({ meeting: z.string().min(1).max(100) });

export interface Theme {
  id: string;
  orgId: string;
  forumId: string;
  title: string;
  description: string;
  proposerPersonId: string | null;
  status: ThemeStatus;
  /** The meeting it was selected for, and the theme item on that meeting's agenda. */
  meetingId: string | null;
  itemId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Throws a coded error on `meeting` when the meeting already has its two themes. */
export function assertThemeRoom(selectedOnMeeting: number): void {
  if (selectedOnMeeting >= MAX_THEMES_PER_MEETING)
    throw invalid('meeting', `a meeting discusses at most ${MAX_THEMES_PER_MEETING} themes`);
}
