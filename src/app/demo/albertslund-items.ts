/**
 * Chefforum items for the demo, taken from the minutes of 23 April 2025
 * (../shared/seeds/referat-chefforum-albertslund-2025-04-23.txt): titles, case numbers, sections,
 * time allotments and recommendations as written there. The demo loader puts them on the next
 * Chefforum meeting that still takes items, at the stage given here. Who submitted each item is not
 * in the minutes: the items of Økonomi & Stab (budget, the constituting agenda, leadership
 * development) are Marie Aasøe's, the pilot action ("prøvehandling") Tine Buch Juhl's.
 * Case titles are ours; the minutes give only the numbers. Item 8 of the minutes (anlægsplan,
 * 00.30.08-000-1-24) is left out: its facet "000" is not a KLE handling facet, so it is refused.
 */
import { paragraphsDoc, richTextFromPlainText } from '../../domain/rich-text.ts';
import type { DemoCase, DemoItem } from './types.ts';

const nothing = paragraphsDoc('Intet at bemærke.');
const chairRecommends = paragraphsDoc('Kommunaldirektøren indstiller,');

export const albertslundCases: DemoCase[] = [
  { caseNumber: '00.30.00-P00-4-24', title: 'Budget 2026', responsibleUnitKey: 'oekonomi-stab' },
  {
    caseNumber: '00.30.14-S00-4-25',
    title: 'Budgetaftale 2025 - opfølgning',
    responsibleUnitKey: 'oekonomi-stab',
  },
  {
    caseNumber: '00.01.00-P35-1-25',
    title: 'Den konstituerende dagsorden 2025',
    responsibleUnitKey: 'oekonomi-stab',
  },
  {
    caseNumber: '00.15.00-A21-2-25',
    title: 'Ledelsesudvikling 2025 - 2026',
    responsibleUnitKey: 'oekonomi-stab',
  },
  {
    caseNumber: '27.00.00-A00-17-24',
    title: 'Prøvehandling: Flere forældre får tilknytning til arbejdsmarkedet, og flere børn trives',
    responsibleUnitKey: 'boern-familie',
  },
];

const budget2026: DemoItem = {
  forum: 'CF',
  stage: 'scheduled',
  submitterKey: 'marie-aasoe',
  caseNumber: '00.30.00-P00-4-24',
  type: 'decision',
  title: 'Videre proces for Budget 2026',
  presenterKeys: ['marie-aasoe'],
  durationMinutes: 10,
  sections: {
    resume: paragraphsDoc('Der er lavet tidsplan for den resterende del af arbejdet med budgetkatalog 2026.'),
    sagsfremstilling: paragraphsDoc(
      'Der er lavet opdateret tidsplan for den resterende del af arbejdet med budgetkatalog 2026 og de ' +
        'øvrige leverancer der skal laves ift. budgetforslaget. Færdiggørelsen af tidsplanen har afventet ' +
        'den endelige stillingstagen til måltallet i ØU/KB.',
      'Arbejdet med anlægsplanen kører efter sin egen tidsplan.',
      'Det tekniske budget samt budgetbøgerne kører også efter egen tidsplan som budgetnetværket orienteres om.',
    ),
    indstilling: chairRecommends,
    vision: nothing,
    oekonomi: nothing,
    lovgrundlag: nothing,
    borgerperspektiv: nothing,
    historik: nothing,
  },
  recommendations: [
    'at tidsplanen for den resterende del af arbejdet med budgetkataloget og budget 2026 drøftes',
  ],
};

const budgetAgreement2025: DemoItem = {
  forum: 'CF',
  stage: 'scheduled',
  submitterKey: 'marie-aasoe',
  caseNumber: '00.30.14-S00-4-25',
  type: 'decision',
  title: 'Status på Budgetaftale 2025',
  presenterKeys: ['marie-aasoe'],
  durationMinutes: 20,
  sections: {
    resume: paragraphsDoc('Afdelingerne har lavet første status på punkterne i Budgetaftale 2025.'),
    sagsfremstilling: paragraphsDoc(
      'Afdelingerne har lavet første status på opfølgningspunkter fra budgetaftale 2025 og som noget nyt ' +
        'er der også administrativ opfølgning på implementeringen af budgetkatalogforslag.',
      'Der ligger skema for hver afdeling og det foreslås at afdelingscheferne enkeltvist fremhæver de ' +
        'opfølgningspunkter hvor der kan være udfordringer for i afdelingen og opfølgningspunkter som har ' +
        'tværgående karakter og kan være relevante at runde i plenum.',
      'Opfølgningspunkterne vedr. budgetaftalen skal efter mødet i chefforum evt. tilrettes for faldne ' +
        'kommentarer og vil herefter gå til Økonomiudvalget til orientering.',
    ),
    indstilling: chairRecommends,
    vision: nothing,
    oekonomi: nothing,
    lovgrundlag: nothing,
    borgerperspektiv: nothing,
  },
  recommendations: ['at statusskemaerne gennemgås i plenum'],
};

const constitutingAgenda: DemoItem = {
  forum: 'CF',
  stage: 'scheduled',
  submitterKey: 'marie-aasoe',
  caseNumber: '00.01.00-P35-1-25',
  type: 'information',
  title: 'Orientering om arbejdet med den konstituerende dagsorden',
  presenterKeys: ['marie-aasoe'],
  durationMinutes: 20,
  sections: {
    resume: paragraphsDoc(
      'Chefforum bliver præsenteret for processen omkring Den konstituerende dagsorden og de opgaver, som ' +
        'skal løses i afdelingerne i den forbindelse. Afdelingerne skal være færdige med deres gennemgang ' +
        'af relevante dagsordenspunkter den 15. august 2025.',
    ),
    // Numbered steps and a checklist: built from plain text so they become lists.
    sagsfremstilling: richTextFromPlainText(
      [
        'Kommunalbestyrelsen holder konstituerende møde den 1. december 2025. På dette møde vælger ' +
          'Kommunalbestyrelsen repræsentanter til poster i kommunens styrelse, stående udvalg og diverse ' +
          'bestyrelser. Dette gøres på baggrund af den konstituerende dagsorden, som består af ét ' +
          'dagsordenspunkt pr. udnævnelse.',
        'Arbejdet med at klargøre den konstituerende dagsorden er omfattende og skal forberedes grundigt i ' +
          'et tæt samarbejde mellem Økonomi & Stab og fagafdelingerne. Økonomi & Stab har tilrettelagt ' +
          'opgaven således:',
        '1. Den konstituerende dagsorden oprettes på baggrund af forrige dagsorden, samt kendte ændringer (ØS)\n' +
          '2. Processen samt fordeling af punkter præsenteres for Chefforum\n' +
          '3. Hver enkelt afdeling gennemlæser og retter relevante dagsordenspunkter, som refererer til eget ' +
          'område. Deadline 15. august 2025.\n' +
          '4. Jura gennemgår hvert enkelt dagsordenspunkt',
        'Dagsordenspunkterne skal i udgangspunktet kigges igennem for:',
        '- Er sagen fortsat relevant?\n' +
          '- Ny lovgivning - altså er udvalget nedsat på baggrund af de rigtige §§ i relevant lovgivning\n' +
          '- Ændrede kommissorium eller vedtægt med konsekvens for udpegning\n' +
          '- Sikre at indstilling er korrekt i forhold til om der udpeges blandt Kommunalbestyrelsens ' +
          'medlemmer eller der vælges frit',
        'Afdelingerne får fra mødet i Chefforum og indtil den 15. august 2025 til at gennemgå de relevante ' +
          'dagsordenspunkter. I hele perioden er Jura klar til at bistå afdelinger i arbejdet.',
      ].join('\n\n'),
    ),
    indstilling: chairRecommends,
    vision: nothing,
    oekonomi: nothing,
    lovgrundlag: nothing,
    borgerperspektiv: nothing,
  },
  recommendations: ['at processen for arbejdet med den konstituerende dagsorden tages til efterretning'],
};

const leadershipDevelopment: DemoItem = {
  forum: 'CF',
  stage: 'submitted',
  submitterKey: 'marie-aasoe',
  caseNumber: '00.15.00-A21-2-25',
  type: 'decision',
  title: 'Beslutning om ledelsesudvikling 2025 - 2026',
  presenterKeys: ['henrik-harder'],
  durationMinutes: 25,
  sections: {
    resume: paragraphsDoc(
      'Der skal udarbejdes et ledelsesudviklingsforløb for samtlige ledere i Albertslund kommune i 2025 - ' +
        '2026. Formålet er at skabe et tydeligt strategisk fundament og prioritering for den tværgående ' +
        'kompetenceudvikling for lederne. Chefforum skal give deres input og forslag til ' +
        'opmærksomhedspunkter og nedslag for ledelsesudviklingsforløbet på tværs af organisationen.',
    ),
    sagsfremstilling: paragraphsDoc(
      'Lederne i Albertslund Kommune skal navigere i bl.a. stigende forventninger fra borgerne, ' +
        'rekrutteringsudfordringer samt økonomiske begrænsninger. Den øgede kompleksitet i opgaveløsningen ' +
        'kræver, at Albertslund Kommune prioriterer og vægter en strategisk kompetenceudvikling på tværs af ' +
        'lederne i 2025 – 2026, der styrker ledelseskvaliteten.',
      'Ledelsesudviklingsforløbet skal tage udgangspunkt i de tre perspektiver adfærd, struktur og opgaver ' +
        'samt medarbejder- og ledelsesgrundlaget i forhold til, hvad det kalder på af ledelse.',
      'Sekretariatet vil samle op på Chefforums kommentarer og input, hvorefter der vil være løbende ' +
        'nedslag i Chefforum frem til efteråret 2025, hvor et fælles forløb igangsættes i organisationen.',
    ),
    indstilling: chairRecommends,
    vision: paragraphsDoc(
      'Kompetenceudviklingen for 2025 - 2026 skal styrke, at organisationen indfrier visionen om at være ' +
        '"Den bæredygtige by for børnene, det grønne og fællesskaber".',
    ),
    oekonomi: nothing,
    lovgrundlag: nothing,
    borgerperspektiv: nothing,
  },
  recommendations: ['at et fælles ledelsesudviklingsforløb i Albertslund Kommune i 2025 - 2026 drøftes'],
};

const pilotAction: DemoItem = {
  forum: 'CF',
  stage: 'draft',
  submitterKey: 'tine-juhl',
  caseNumber: '27.00.00-A00-17-24',
  type: 'information',
  title: 'Orientering om prøvehandling fra 2024',
  presenterKeys: ['dorthe-espenhein', 'tine-juhl'],
  durationMinutes: 15,
  sections: {
    resume: paragraphsDoc(
      'Prøvehandlingen "Flere forældre får tilknytning til arbejdsmarkedet, og flere børn trives" blev ' +
        'formuleret og iværksat i 2024. Arbejdsgruppen har siden efteråret 2024 arbejdet sammen om familier ' +
        'i målgruppen. Dorthe Espenhein og Tine Buch Juhl vil præsentere prøvehandlingen ved et ' +
        'power-point oplæg og sætte ord på, hvordan en prøvehandling i praksis kan knytte an til kommunens ' +
        'vision og styringskoncept »En kommune - én organisation«.',
    ),
    sagsfremstilling: paragraphsDoc('Prøvehandlingen vil blive præsenteret ved et PowerPoint-oplæg.'),
    indstilling: paragraphsDoc('Direktøren for Børn, Sundhed og Velfærd indstiller,'),
    vision: paragraphsDoc(
      'Prøvehandlingen knytter an til kommunens vision og styringskoncept »En kommune - én organisation«. ' +
        'Den involverer særligt indikatorerne 4+5+8 fra styringskompasset.',
    ),
    oekonomi: nothing,
    lovgrundlag: nothing,
    borgerperspektiv: paragraphsDoc(
      'Formålet med prøvehandlingen er, at flere forældre får tilknytning til arbejdsmarkedet, og flere ' +
        'børn trives.',
    ),
  },
  recommendations: ['at orienteringen tages til efterretning'],
};

/** Three items on the agenda, one awaiting the chair's approval, one draft. */
export const albertslundItems: DemoItem[] = [
  budget2026,
  budgetAgreement2025,
  constitutingAgenda,
  leadershipDevelopment,
  pilotAction,
];
