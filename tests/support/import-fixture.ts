/** Import fixtures: a ParsedMeeting as a parser makes it of the seed minutes (Chefforum, 23 April 2025), abridged, and helpers. */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../src/app/context.ts';
import type { Forum, Organisation, Person } from '../../src/domain/organisation.ts';
import type { ParsedMeeting } from '../../src/importer/parsed-meeting.ts';
import type { Db } from '../../src/store/db.ts';
import { charterFactory, forumFactory, memberFactory } from './factories.ts';

export const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

export function seedMinutes(over: Partial<ParsedMeeting> = {}): ParsedMeeting {
  return {
    forum: 'Chefforum',
    kind: 'minutes',
    title: 'REFERAT Chefforum d. 23-04-2025',
    date: '2025-04-23',
    start: '09:00',
    location: 'Mødelokale 915',
    participants: [
      { name: 'Henrik Harder', title: 'Kommunaldirektør' },
      { name: 'Kristine Klæbel', title: 'Direktør By, Kultur, Miljø & Beskæftigelse' },
      { name: 'Marie Aasøe', title: 'Afdelingschef for Økonomi & Stab' },
    ],
    absent: [{ name: 'Tine Buch Juhl', reason: 'Ferie' }],
    items: [
      {
        number: '1',
        title: 'Godkendelse af dagsorden og referat',
        caseNumber: '00.01.00-P35-7-23',
        closed: false,
        sections: [],
        recommendations: ['at dagsordenen godkendes', 'at referat godkendes'],
        decision: 'Chefforum godkendte dagsorden og referat.',
        attachments: [],
      },
      {
        number: '2',
        title: 'Videre proces for Budget 2026',
        caseNumber: '00.30.00-P00-4-24',
        closed: false,
        sections: [
          {
            heading: 'Resumé',
            text: 'Der er lavet tidsplan for den resterende del af arbejdet med budgetkatalog 2026.',
          },
          {
            heading: 'Sagsfremstilling',
            text: '(10 min.)\n\nDer er lavet opdateret tidsplan for den resterende del af arbejdet med budgetkatalog 2026.',
          },
          { heading: 'Særlige forhold', text: 'Arbejdet med anlægsplanen kører efter sin egen tidsplan.' },
        ],
        recommendations: ['at tidsplanen for den resterende del af arbejdet med budgetkataloget drøftes.'],
        decision: 'Tidsplanen blev drøftet.',
        attachments: ['Tidsplan budget 2026.pdf'],
      },
      {
        number: '3',
        title: 'Orientering om KommuneMED møde d. 30. april 2025',
        closed: false,
        sections: [{ heading: 'Sagsfremstilling', text: 'Orientering om dagsordenen for KommuneMED.' }],
        recommendations: [],
        attachments: [],
      },
      {
        number: '4',
        title: 'Personalesag – fortrolig ændring',
        closed: true,
        sections: [{ heading: 'Sagsfremstilling', text: 'Kanariefugl-hemmelighed om en medarbejder.' }],
        recommendations: ['at indstillingen godkendes'],
        decision: 'Godkendt.',
        attachments: [],
      },
    ],
    warnings: [],
    ...over,
  };
}

/** The same meeting's agenda: no decisions yet. */
export function seedAgenda(): ParsedMeeting {
  const m = seedMinutes();
  return {
    ...m,
    kind: 'agenda',
    title: 'DAGSORDEN Chefforum d. 23-04-2025',
    participants: [],
    absent: [],
    items: m.items.map(({ decision: _d, ...i }) => i),
  };
}

/** The Albertslund item template, in part. */
export const TEMPLATE = [
  { key: 'resume', heading: 'Resumé' },
  { key: 'sagsfremstilling', heading: 'Sagsfremstilling' },
  { key: 'indstilling', heading: 'Indstilling' },
  { key: 'beslutning', heading: 'Beslutning' },
  { key: 'bilag', heading: 'Bilag' },
];

/** A forum with the Chefforum charter (TEMPLATE) and `chair` as its chair, to import into. */
export async function importForum(
  ctx: AppContext,
  org: Organisation,
  chair: Person,
  shortName: string,
  name: string,
): Promise<Forum> {
  const forum = await forumFactory(ctx, org, { shortName, name });
  await charterFactory(ctx, org, forum, { template: TEMPLATE });
  await memberFactory(ctx, org, forum, chair, 'chair');
  return forum;
}

/** The source description of a text file whose content is `body`. */
export const source = (fileName: string, body: string) => ({ fileName, family: 'text', sha256: sha(body) });

export async function countRows(db: Db, table: string, where = sql`true`): Promise<number> {
  const r = await db.execute(sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`);
  return Number((r as unknown as { rows: { n: number }[] }).rows[0]?.n);
}
