/**
 * A published snapshot modelled on the Chefforum minutes of 13 March 2024
 * (../shared/seeds/referat-chefforum-albertslund-2024-03-13.txt): participants, the polling-station
 * table, nested lists, a link, recommendations, decisions, attachments, and one closed item whose
 * title and text carry a canary word that must never reach an organisation-wide rendering.
 */
import type { AgendaSnapshot, AgendaSnapshotItem } from '../../src/domain/agenda.ts';
import type { RichTextDoc } from '../../src/domain/rich-text.ts';

export const CANARY = 'KANARIE-5521';

const text = (t: string, marks?: object[]) => ({ type: 'text', text: t, ...(marks && { marks }) });
const p = (...content: object[]) => ({ type: 'paragraph', content });
const doc = (...content: object[]) => ({ type: 'doc', content }) as RichTextDoc;
const cell = (kind: 'tableHeader' | 'tableCell', t: string) => ({ type: kind, content: [p(text(t))] });
const row = (kind: 'tableHeader' | 'tableCell', ...cells: string[]) => ({
  type: 'tableRow',
  content: cells.map((c) => cell(kind, c)),
});
const li = (...content: object[]) => ({ type: 'listItem', content });

export const pollingTable = {
  type: 'table',
  content: [
    row('tableHeader', 'Valgsted', 'Holdleder', 'Holdlederassistent'),
    row('tableCell', 'Egelundskolen', 'Carina Kofoed, KFEE', 'Anne Børgesen, ÆSS'),
    row('tableCell', 'Kongsholmsalen', 'Lene Clausen, BA', 'Birgitte Lund, ØS'),
    row('tableCell', 'Herstedøster Skole', 'Jesper Dichman Hansen, ØS', 'Britta Vestergaard Lybech, BA'),
  ],
};

export const TEMPLATE = [
  { key: 'anledning', heading: 'Anledning' },
  { key: 'resume', heading: 'Resumé' },
  { key: 'sagsfremstilling', heading: 'Sagsfremstilling' },
  { key: 'indstilling', heading: 'Indstilling' },
  { key: 'oekonomi', heading: 'Økonomi' },
  { key: 'beslutning', heading: 'Beslutning' },
  { key: 'bilag', heading: 'Bilag' },
];

const item = (
  over: Partial<AgendaSnapshotItem> & Pick<AgendaSnapshotItem, 'number' | 'title'>,
): AgendaSnapshotItem => ({
  itemId: `00000000-0000-4000-8000-0000000000${String(over.number).padStart(2, '0')}`,
  type: 'decision',
  closed: false,
  closedBasis: null,
  caseNumber: null,
  presenters: [],
  durationMinutes: null,
  start: '2024-03-13T09:00:00+01:00',
  sections: [],
  recommendations: [],
  attachments: [],
  standing: false,
  decision: null,
  ...over,
});

export function seedSnapshot2024(): AgendaSnapshot {
  return {
    meeting: {
      id: '11111111-1111-4111-8111-111111111111',
      forum: 'CF',
      forumName: 'Chefforum',
      start: '2024-03-13T09:00:00+01:00',
      end: '2024-03-13T12:00:00+01:00',
      location: '915',
      participants: [
        { name: 'Henrik Harder', title: 'Kommunaldirektør', role: 'chair' },
        { name: 'René Birkemark Olesen', title: 'Afdelingschef Kultur, Fritid & Erhverv', role: 'member' },
        { name: 'Rikke Terslev', title: 'Afdelingschef Ældre, Sundhed & Social', role: 'member' },
        { name: 'Kristine Klæbel', title: 'Direktør By, Kultur, Miljø & Beskæftigelse', role: 'member' },
        { name: 'Marie Aasøe', title: 'Afdelingschef Økonomi & Stab', role: 'member' },
      ],
      absent: [{ name: 'Tine Buch Juhl', title: 'Afdelingschef Børn- & Familie', reason: 'Ferie' }],
    },
    template: TEMPLATE,
    items: [
      item({
        number: 1,
        title: 'CF – Godkendelse af dagsorden og referat',
        caseNumber: '00.01.00-P35-7-23',
        standing: true,
        sections: [
          {
            key: 'indstilling',
            heading: 'Indstilling',
            body: doc(p(text('Kommunaldirektøren indstiller,'))),
          },
        ],
        recommendations: [
          'at dagsorden til dette møde godkendes',
          'at referat fra mødet den 29. februar 2024 godkendes',
        ],
        decision: doc(
          p(
            text(
              'Chefforum godkendte dagsordenen til dette møde samt referat fra Chefforum den 29. februar 2024',
            ),
          ),
        ),
      }),
      item({
        number: 2,
        title: 'CF - Udpegning af holdledere og bemanding af valgsteder til Europaparlamentsvalg',
        caseNumber: '84.07.00-A00-1-23',
        durationMinutes: 15,
        sections: [
          {
            key: 'anledning',
            heading: 'Anledning',
            body: doc(p(text('Chefforum skal godkende den foreløbige bemanding af kommunens valgsteder.'))),
          },
          {
            key: 'sagsfremstilling',
            heading: 'Sagsfremstilling',
            body: doc(
              p(text('Holdledere og holdlederassistenter til kommende valg er:')),
              pollingTable,
              p(text('Ved seneste valg i 2022 fordelte bemandingen sig således:')),
              {
                type: 'bulletList',
                content: [
                  li(p(text('Økonomi & Stab: 14'))),
                  li(p(text('Borger & Arbejdsmarked: 21')), {
                    type: 'orderedList',
                    content: [li(p(text('heraf fintælling: 6')))],
                  }),
                ],
              },
              p(
                text('Al øvrig information findes i '),
                text('valghåndbogen', [
                  { type: 'link', attrs: { href: 'https://medarbejdersiden.albertslund.dk/valghaandbogen' } },
                ]),
                text('.'),
              ),
            ),
          },
          {
            key: 'indstilling',
            heading: 'Indstilling',
            body: doc(p(text('Kommunaldirektøren indstiller,'))),
          },
        ],
        recommendations: [
          'at Chefforum godkender listen af holdledere og holdlederassistenter til valg til Europa-Parlamentet',
          'at Chefforum medvirker til at bistå med rekruttering',
        ],
        decision: doc(
          p(
            text(
              'Chefforum godkendte listen af holdledere og holdlederassistenter for valg til Europa-Parlamentet.',
            ),
          ),
        ),
        attachments: [{ id: 'a2-1', name: 'Valghåndbog 2024.pdf', sha256: 'x' }],
      }),
      item({
        number: 3,
        title: `Personalesag ${CANARY}`,
        closed: true,
        closedBasis: 'Offentlighedslovens § 21',
        caseNumber: '81.00.00-G01-9-24',
        sections: [
          {
            key: 'sagsfremstilling',
            heading: 'Sagsfremstilling',
            body: doc(p(text(`Fortroligt: ${CANARY} om en medarbejder.`))),
          },
        ],
        recommendations: [`at ${CANARY} godkendes`],
        decision: doc(p(text(`Godkendt (${CANARY}).`))),
        attachments: [{ id: 'a3-1', name: `Notat ${CANARY}.pdf`, sha256: 'y' }],
      }),
      item({
        number: 4,
        title: 'CF - Lederdøgn 2024',
        caseNumber: '81.01.00-G01-1-24',
        type: 'information',
        durationMinutes: 20,
        sections: [
          {
            key: 'resume',
            heading: 'Resumé',
            body: doc(
              p(
                text(
                  'Chefforum præsenteres for program og drejebog for årets Lederdøgn den 4.-5. april 2024.',
                ),
              ),
            ),
          },
          {
            key: 'sagsfremstilling',
            heading: 'Sagsfremstilling',
            body: doc(p(text('Lederdøgnet bliver afholdt ved Bymose Hegn, Helsinge.'))),
          },
        ],
        recommendations: ['at orienteringen tages til efterretning'],
        decision: doc(p(text('Chefforum tog orienteringen til efterretning.'))),
        attachments: [
          { id: 'a4-1', name: 'Program Lederdøgn april 2024_CF.docx', sha256: 'z' },
          { id: 'a4-2', name: 'Drejebog Lederdøgn april 2024_CF.docx', sha256: 'w' },
        ],
      }),
    ],
  };
}
