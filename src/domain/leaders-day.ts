/**
 * The annual leaders' day (Albertslund, kommissorium for den årlige lederdag): an event forum
 * (forum kind 'event'); its active memberships are the invitation list ("alle ledere med
 * personaleansvar ... samt alle netværksledere"). Members register; seats go first come, first
 * served, the rest wait in line; a cancellation gives the seat to the first in line. Programme and
 * material are released to registrants 14 days before ("sendes ud senest 14 dage før"); the day is
 * evaluated at the first Direktørforum meeting after it.
 */
import { z } from 'zod';
import { addDays } from './local-date.ts';
import { localDateSchema } from './time.ts';

/** "program samt materiale sendes ud senest 14 dage før afholdelsen". */
export const RELEASE_DAYS_BEFORE = 14;

export const materialLinkSchema = z.object({
  title: z.string().trim().min(1).max(300),
  url: z.string().trim().url().max(2000),
});
export type MaterialLink = z.output<typeof materialLinkSchema>;

export const leadersDayInputSchema = z
  .object({
    date: localDateSchema,
    place: z.string().trim().max(300).default(''),
    seats: z.number().int().min(1).max(10_000),
    registrationDeadline: localDateSchema,
    programme: z.string().trim().max(20_000).default(''),
    material: z.array(materialLinkSchema).max(50).default([]),
    /** The forum (short name) that evaluates the day at its first meeting after it, e.g. DIF. */
    evaluationForum: z.string().trim().min(1).max(20),
  })
  .refine((d) => d.registrationDeadline <= d.date, {
    path: ['registrationDeadline'],
    message: 'is after the day',
  });
export type LeadersDayInput = z.output<typeof leadersDayInputSchema>;

export const registrationInputSchema = z.object({
  dietaryNeeds: z.string().trim().max(1000).default(''),
});

export interface LeadersDay {
  id: string;
  orgId: string;
  forumId: string;
  date: string;
  place: string;
  seats: number;
  registrationDeadline: string;
  programme: string;
  material: MaterialLink[];
  evaluationForumId: string | null;
  /** The evaluation item placed on the evaluating forum's first meeting after the day. */
  evaluationItemId: string | null;
  createdAt: string;
}

export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export interface Registration {
  id: string;
  leadersDayId: string;
  personId: string;
  status: RegistrationStatus;
  /** Free text, visible only to the organisers. */
  dietaryNeeds: string;
  /** When the person (last) registered: the order of the waitlist. */
  registeredAt: string;
}

/** The status a new registration gets, given how many seats are taken. */
export const statusOnRegistration = (seats: number, taken: number): 'registered' | 'waitlisted' =>
  taken < seats ? 'registered' : 'waitlisted';

/** Who gets the seats freed: the first on the waitlist, in registration order, one per free seat. */
export function promotions(
  seats: number,
  registrations: readonly Pick<Registration, 'id' | 'status' | 'registeredAt'>[],
): string[] {
  const taken = registrations.filter((r) => r.status === 'registered').length;
  const free = Math.max(0, seats - taken);
  return registrations
    .filter((r) => r.status === 'waitlisted')
    .sort((a, b) => a.registeredAt.localeCompare(b.registeredAt) || a.id.localeCompare(b.id))
    .slice(0, free)
    .map((r) => r.id);
}

/** The local date from which programme and material are visible to registrants. */
export const releaseDate = (day: Pick<LeadersDay, 'date'>): string => addDays(day.date, -RELEASE_DAYS_BEFORE);

export const isReleased = (day: Pick<LeadersDay, 'date'>, today: string): boolean =>
  today >= releaseDate(day);

export const isRegistrationOpen = (day: Pick<LeadersDay, 'registrationDeadline'>, today: string): boolean =>
  today <= day.registrationDeadline;
