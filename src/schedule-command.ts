/** `fora schedule`: the forum's meetings as a table or as JSON. */
import type { AppContext, Caller } from './app/context.ts';
import { getCalendar } from './app/get-calendar.ts';

export interface ScheduleArgs {
  org: string;
  forum: string;
  from: string;
  to: string;
  json: boolean;
}

export async function printSchedule(ctx: AppContext, caller: Caller, args: ScheduleArgs): Promise<void> {
  const meetings = await getCalendar(ctx, caller, args.org, args.forum, { from: args.from, to: args.to });
  const rows = meetings.map((m) => ({
    forum: m.forum,
    start: m.start,
    end: m.end,
    leader: m.leader?.name ?? null,
    cancelled: m.cancelled,
    deadlines: {
      submission: m.deadlines.submission,
      approval: m.deadlines.approval,
      publication: m.deadlines.publication,
      minutes: m.deadlines.minutes,
    },
  }));
  if (args.json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const short = (s: string | null) => (s ? s.slice(0, 16).replace('T', ' ') : '-');
  console.log(['Møde', 'Slut', 'Mødeleder', 'Indmelding', 'Godkendelse', 'Dagsorden', 'Referat'].join('\t'));
  for (const r of rows) {
    console.log(
      [
        `${short(r.start)}${r.cancelled ? ' (aflyst)' : ''}`,
        short(r.end).slice(11),
        r.leader ?? '-',
        short(r.deadlines.submission),
        short(r.deadlines.approval),
        short(r.deadlines.publication),
        short(r.deadlines.minutes),
      ].join('\t'),
    );
  }
}
