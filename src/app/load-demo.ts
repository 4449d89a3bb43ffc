/**
 * Loads the demo organisations (src/app/demo) through the same use cases as everything else, so the
 * demo is validated and audited like real data. Organisations already present are left alone.
 * Cases and agenda items come last and are placed relative to the context clock: on each forum's
 * next meeting that still takes items, with the agenda left unpublished for the user to try.
 */
import type { CharterInput } from '../domain/charter.ts';
import { addDays } from '../domain/local-date.ts';
import { isActiveOn } from '../domain/organisation.ts';
import { findOrganisationBySlug } from '../store/organisations.ts';
import { findPersonById } from '../store/people.ts';
import { addMembership } from './add-membership.ts';
import { type AppContext, type Caller, callerOf, today } from './context.ts';
import { createCase } from './create-case.ts';
import { createCharterVersion } from './create-charter-version.ts';
import { createForum } from './create-forum.ts';
import { createItem } from './create-item.ts';
import { createOrganisation } from './create-organisation.ts';
import { createPerson } from './create-person.ts';
import { createUnit } from './create-unit.ts';
import { decideItem } from './decide-item.ts';
import { loadHeldMeetings } from './demo/held-meetings.ts';
import { demoOrgs } from './demo/index.ts';
import { loadDemoLeadership } from './demo/leadership.ts';
import { loadDemoPlanning } from './demo/planning.ts';
import type { DemoCharter, DemoItem, DemoOrg } from './demo/types.ts';
import { getCalendar } from './get-calendar.ts';
import { actorForPerson } from './resolve-actor.ts';
import { scheduleItem } from './schedule-item.ts';
import { submitItem } from './submit-item.ts';
import { updateMeeting } from './update-meeting.ts';
import { updateUnit } from './update-unit.ts';

export interface DemoResult {
  loaded: string[];
  skipped: string[];
}

export async function loadDemo(
  ctx: AppContext,
  caller: Caller,
  orgs: readonly DemoOrg[] = demoOrgs,
): Promise<DemoResult> {
  const result: DemoResult = { loaded: [], skipped: [] };
  for (const demo of orgs) {
    if (await findOrganisationBySlug(ctx.db, demo.slug)) {
      result.skipped.push(demo.slug);
      continue;
    }
    await loadOrg(ctx, caller, demo);
    result.loaded.push(demo.slug);
  }
  return result;
}

const lookup = (map: Map<string, string>, key: string, what: string): string => {
  const id = map.get(key);
  if (!id) throw new Error(`demo data: unknown ${what} key ${key}`);
  return id;
};

async function loadOrg(ctx: AppContext, caller: Caller, demo: DemoOrg): Promise<void> {
  await createOrganisation(ctx, caller, { slug: demo.slug, name: demo.name });
  const units = new Map<string, string>();
  for (const u of demo.units) {
    const parentId = u.parentKey ? lookup(units, u.parentKey, 'unit') : null;
    units.set(u.key, (await createUnit(ctx, caller, demo.slug, { name: u.name, parentId })).id);
  }
  const people = new Map<string, string>();
  for (const p of demo.people) {
    const unitId = p.unitKey ? lookup(units, p.unitKey, 'unit') : null;
    const person = await createPerson(ctx, caller, demo.slug, {
      name: p.name,
      title: p.title,
      unitId,
      email: p.email,
      role: p.role ?? 'staff',
    });
    people.set(p.key, person.id);
  }
  for (const u of demo.units.filter((x) => x.directorKey)) {
    await updateUnit(ctx, caller, demo.slug, lookup(units, u.key, 'unit'), {
      directorPersonId: lookup(people, u.directorKey ?? '', 'person'),
    });
  }
  for (const f of demo.forums) {
    await createForum(ctx, caller, demo.slug, {
      shortName: f.shortName,
      name: f.name,
      kind: f.kind ?? 'forum',
    });
    for (const m of f.memberships) {
      await addMembership(ctx, caller, demo.slug, f.shortName, {
        personId: lookup(people, m.personKey, 'person'),
        role: m.role,
        startDate: m.startDate,
        endDate: m.endDate ?? null,
      });
    }
    for (const c of f.charters) {
      await createCharterVersion(ctx, caller, demo.slug, f.shortName, charterInput(c, units, people));
    }
    for (const m of f.meetings ?? []) {
      await updateMeeting(ctx, caller, demo.slug, f.shortName, m.date, {
        location: m.location,
        note: m.note ?? '',
      });
    }
  }
  const cases = new Map<string, string>();
  for (const c of demo.cases ?? []) {
    const responsibleUnitId = c.responsibleUnitKey ? lookup(units, c.responsibleUnitKey, 'unit') : null;
    const created = await createCase(ctx, caller, demo.slug, {
      title: c.title,
      caseNumber: c.caseNumber,
      responsibleUnitId,
    });
    cases.set(c.caseNumber, created.id);
  }
  const nextMeeting = new Map<string, string | null>();
  for (const item of demo.items ?? []) {
    if (!nextMeeting.has(item.forum))
      nextMeeting.set(item.forum, await nextMeetingTakingItems(ctx, caller, demo.slug, item.forum));
    await loadItem(ctx, demo, { people, cases }, item, nextMeeting.get(item.forum) ?? null);
  }
  await loadHeldMeetings(ctx, demo, { people, cases });
  await loadDemoLeadership(ctx, demo.slug);
  await loadDemoPlanning(ctx, demo.slug);
}

/** The key of the forum's first meeting whose submission deadline is still ahead, or null. */
async function nextMeetingTakingItems(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
): Promise<string | null> {
  const now = ctx.now();
  const from = today(ctx);
  const entries = await getCalendar(ctx, caller, orgSlug, shortName, { from, to: addDays(from, 366) });
  const open = entries.find(
    (e) =>
      !e.cancelled &&
      (e.state === 'planned' || e.state === 'agenda_published') &&
      new Date(e.start) > now &&
      (e.deadlines.submission === null || new Date(e.deadlines.submission) > now),
  );
  return open ? (open.meetingId ?? open.occurrenceDate ?? null) : null;
}

/** A caller acting as a person of the demo, with the forum roles they hold today. */
async function callerAs(ctx: AppContext, personId: string): Promise<Caller> {
  const person = await findPersonById(ctx.db, personId);
  if (!person) throw new Error(`demo data: no person ${personId}`);
  return callerOf(await actorForPerson(ctx.db, person, today(ctx)));
}

/**
 * One item, taken as far as its stage through the use cases as the people themselves: the submitter
 * drafts and submits, the approver the charter names approves, the forum's secretary schedules it on
 * the meeting the submission chose.
 */
async function loadItem(
  ctx: AppContext,
  demo: DemoOrg,
  ids: { people: Map<string, string>; cases: Map<string, string> },
  d: DemoItem,
  meeting: string | null,
): Promise<void> {
  const personId = (key: string) => lookup(ids.people, key, 'person');
  const submitter = await callerAs(ctx, personId(d.submitterKey));
  const item = await createItem(ctx, submitter, demo.slug, d.forum, {
    type: d.type,
    title: d.title,
    presenters: d.presenterKeys.map((key) => ({
      personId: personId(key),
      name: demo.people.find((p) => p.key === key)?.name ?? key,
    })),
    durationMinutes: d.durationMinutes,
    sections: d.sections,
    recommendations: d.recommendations,
    caseId: d.caseNumber ? lookup(ids.cases, d.caseNumber, 'case') : null,
    meeting,
  });
  if (d.stage === 'draft') return;
  const submitted = await submitItem(ctx, submitter, demo.slug, item.id);
  if (d.stage === 'submitted') return;
  const approved = submitted.approverPersonId
    ? await decideItem(ctx, await callerAs(ctx, submitted.approverPersonId), demo.slug, item.id, {
        decision: 'approve',
      })
    : submitted;
  const secretary = demo.forums
    .find((f) => f.shortName === d.forum)
    ?.memberships.find(
      (m) =>
        m.role === 'secretary' &&
        isActiveOn({ startDate: m.startDate, endDate: m.endDate ?? null }, today(ctx)),
    );
  if (!secretary) throw new Error(`demo data: ${d.forum} has no secretary to schedule "${d.title}"`);
  if (!approved.wishedMeetingId) throw new Error(`demo data: "${d.title}" was submitted without a meeting`);
  await scheduleItem(ctx, await callerAs(ctx, personId(secretary.personKey)), demo.slug, item.id, {
    meeting: approved.wishedMeetingId,
  });
}

function charterInput(c: DemoCharter, units: Map<string, string>, people: Map<string, string>): CharterInput {
  const { secretariatUnitKey, leaderRule, ...rest } = c;
  return {
    ...rest,
    secretariatUnitId: secretariatUnitKey ? lookup(units, secretariatUnitKey, 'unit') : null,
    leaderRule:
      leaderRule?.kind === 'rotation'
        ? { kind: 'rotation', personIds: leaderRule.personKeys.map((k) => lookup(people, k, 'person')) }
        : { kind: 'chair' },
  };
}
