/**
 * The Chefforum meeting of 23 April 2025 as held, from its minutes
 * (../shared/seeds/referat-chefforum-albertslund-2025-04-23.txt): titles, case numbers, time
 * allotments, sections, recommendations, decisions and attachment names as printed there, typos
 * included. Where the print and the data differ, a comment says why. Presenters are those the
 * minutes name; the secretary, Camilla Holm Nielsen (invented), files every item.
 *
 * Several cases are also on the demo's upcoming items (albertslund-items.ts); the loader reuses a
 * case by its number, so the case titles here only apply to cases that do not exist yet.
 */
import {
  type BlockNode,
  type InlineNode,
  paragraphsDoc,
  type RichTextDoc,
  richTextFromPlainText,
} from '../../domain/rich-text.ts';
import type { HeldItem, HeldMeeting } from './held-meetings.ts';

/** Paragraphs; a paragraph of lines starting with "- " is a bullet list, with "1. " a numbered one. */
const plain = (...paragraphs: string[]): RichTextDoc => richTextFromPlainText(paragraphs.join('\n\n'));
/** A subheading inside a section (the section heading itself is level 3 in the documents). */
const subheading = (text: string): BlockNode => ({
  type: 'heading',
  attrs: { level: 4 },
  content: [{ type: 'text', text }],
});
const doc = (...parts: (RichTextDoc | BlockNode)[]): RichTextDoc => ({
  type: 'doc',
  content: parts.flatMap((p) => (p.type === 'doc' ? p.content : [p])),
});
/** One paragraph per argument; text between asterisks is italic, as the minutes print it (*...*). */
const withItalics = (...paragraphs: string[]): RichTextDoc => ({
  type: 'doc',
  content: paragraphs.map((p) => ({
    type: 'paragraph',
    content: p
      .split('*')
      .map(
        (text, i): InlineNode =>
          i % 2 === 1 ? { type: 'text', text, marks: [{ type: 'italic' }] } : { type: 'text', text },
      )
      .filter((n) => n.type === 'text' && n.text !== ''),
  })),
});

const chairRecommends = paragraphsDoc('Kommunaldirektøren indstiller,');
const nothing = paragraphsDoc('Intet at bemærke.');
/** The four headings the 2025 template adds, each "Intet at bemærke." unless the item says more. */
const nothingToNote = { vision: nothing, oekonomi: nothing, lovgrundlag: nothing, borgerperspektiv: nothing };

/** One case collects the meetings' standing items (the same number as in the 2024 minutes). */
const STANDING_CASE = {
  caseNumber: '00.01.00-P35-7-23',
  caseTitle: 'Chefforum - møder, dagsordener og referater',
};

const approval: HeldItem = {
  standing: 'Godkendelse af dagsorden og referat',
  title: 'Godkendelse af dagsorden og referat',
  ...STANDING_CASE,
  type: 'decision',
  presenterKeys: [],
  durationMinutes: null,
  sections: { indstilling: chairRecommends },
  recommendations: ['at dagsordenen godkendes', 'at referat godkendes'],
  decision: plain('Chefforum godkendte dagsorden og referat.'),
  attachments: [],
};

const budget2026: HeldItem = {
  title: 'Videre proces for Budget 2026',
  caseNumber: '00.30.00-P00-4-24',
  caseTitle: 'Budget 2026',
  type: 'decision',
  presenterKeys: [],
  durationMinutes: 10,
  sections: {
    resume: plain('Der er lavet tidsplan for den resterende del af arbejdet med budgetkatalog 2026.'),
    sagsfremstilling: plain(
      'Der er lavet opdateret tidsplan for den resterende del af arbejdet med budgetkatalog 2026 og de øvrige leverancer der skal laves ift. budgetforslaget. Færdiggørelsen af tidsplanen har afventet den endelige stillingstagen til måltallet i ØU/KB.',
      'Arbejdet med anlægsplanen kører efter sin egen tidsplan.',
      'Det tekniske budget samt budgetbøgerne kører også efter egen tidsplan som budgetnetværket orienteres om.',
    ),
    indstilling: chairRecommends,
    ...nothingToNote,
    historik: nothing,
  },
  recommendations: [
    'at tidsplanen for den resterende del af arbejdet med budgetkataloget og budget 2026 drøftes.',
  ],
  decision: plain(
    'Leder af Økonomifunktionen præsenterede tidsplanen for den resterende del af arbejdet med budgetkatalog 2026, der indeholder tiltag, der skal sikre, at forslagene bliver tilstrækkeligt belyst og gennemarbejdet, bl.a. ved en budgetworkshop den 16. maj 2025 kl. 9.00 - 13.00. På denne workshop vil Jura og Økonomi deltage, hvis man ønsker rådgivning og sparring. Økonomi sender en invitation til denne workshop, som cheferne kan videresende til relevante skribenter. Videre sender Økonomi statusark til Chefforum.',
    'Chefforum tog tidsplan for budgetkatalog 2026 til efterretning, og bemærkede at der med fordel kan udarbejdes en tydelig arbejdsplan for arbejdet med reformer.',
  ),
  attachments: ['Tidsplan Budgetkatalog 2026 CF 230425'],
};

const budgetAgreement2025: HeldItem = {
  title: 'Status på Budgetaftale 2025',
  caseNumber: '00.30.14-S00-4-25',
  caseTitle: 'Budgetaftale 2025 - opfølgning',
  type: 'decision',
  presenterKeys: [],
  durationMinutes: 20,
  sections: {
    resume: plain('Afdelingerne har lavet første status på punkterne i Budgetaftale 2025.'),
    sagsfremstilling: plain(
      // "budgetaftal" sic.
      'Afdelingerne har lavet første status på opfølgningspunkter fra budgetaftal 2025 og som noget nyt er der også administrativ opfølgning på implementeringen af budgetkatalogforslag.',
      'Der ligger skema for hver afdeling og det foreslås at afdelingscheferne enkeltvist fremhæver de opfølgningspunkter hvor der kan være udfordringer for i afdelingen og opfølgningspunkter som har tværgående karakter og kan være relevante at runde i plenum.',
      'Opfølgningspunkterne vedr. budgetaftalen skal efter mødet i chefforum evt. tilrettes for faldne kommentarer og vil herefter gå til Økonomiudvalget til orientering.',
    ),
    indstilling: chairRecommends,
    ...nothingToNote,
  },
  recommendations: ['at statusskemaerne gennemgås i plenum'],
  decision: plain(
    'Chefforum gennemgik afdelingernes statusskemaer i plenum, hvorefter Økonomi tilretter på baggrund af Chefforums kommentarer. Chefforum besluttede, at der på det kommende Chefforum den 7. maj 2025 følges op på hensigtserklæringer fra Budgetaftale 2025.',
  ),
  attachments: [
    'KFE Status på budgetaftale 2025 CF 230425',
    'M&T Status på budgetaftale 2025 CF 230425',
    'D&S Status på budgetaftale 2025 CF 230425',
    'B&F Status på budgetaftale 2025 CF 230425',
    'ÆSS Status på budgetaftale 2025 CF 230425',
    'B&A Status på budgetaftale 2025',
    'ØS Status på budgetaftale 2025 CF 230425',
  ],
};

const kommuneMed: HeldItem = {
  title: 'Orientering om KommuneMED møde d. 30. april 2025',
  caseNumber: '81.38.04-P35-1-25',
  caseTitle: 'KommuneMED 2025',
  type: 'information',
  presenterKeys: ['henrik-harder'],
  durationMinutes: 15,
  sections: {
    resume: plain('Orientering om kommende KommuneMED møde.'),
    sagsfremstilling: plain(
      'KommuneMED holder sit næste møde den 30. april 2025. Der orienteres om relevante punkter på dagsordenen.',
    ),
    indstilling: chairRecommends,
  },
  recommendations: ['at orienteringen tages til efterretning'],
  // The print has "[medarbejdersiden](#)": a link whose address was lost; kept as plain text.
  decision: plain(
    'Kommunaldirektøren orienterede om dagsordenen for det kommende KommuneMED den 30. april 2025, der fremgår på medarbejdersiden. Dagsordenen indeholder bl.a. en status på Budget 2026, krav i arbejdet samt retningslinje for seniorindsatser. Chefforum tog orienteringen til efterretning.',
  ),
  attachments: [
    'Baggrundsmateriale til drøftelsen af temaet Krav i Arbejde 2025',
    '30.04.2025 Dagsorden KommuneMED',
  ],
};

const pilotAction: HeldItem = {
  title: 'Orientering om prøvehandling fra 2024',
  caseNumber: '27.00.00-A00-17-24',
  caseTitle: 'Prøvehandling: Flere forældre får tilknytning til arbejdsmarkedet, og flere børn trives',
  type: 'information',
  presenterKeys: ['dorthe-espenhein', 'tine-juhl'],
  durationMinutes: 15,
  sections: {
    resume: withItalics(
      'Prøvehandlingen "Flere forældre får tilknytning til arbejdsmarkedet, og flere børn trives" blev formuleret og iværksat i 2024. Arbejdsgruppen har siden efteråret 2024 arbejdet sammen om familier i målgruppen. Dorthe Espenhein og Tine Buch Juhl vil præsentere prøvehandlingen ved et power-point oplæg og sætte ord på, hvordan en prøvehandling i praksis kan knytte an til kommunens vision og styringskoncept *En kommune - én organisation*.',
    ),
    sagsfremstilling: plain('Prøvehandlingen vil blive præsenteret ved et PowerPoint-oplæg.'),
    indstilling: paragraphsDoc('Direktøren for Børn, Sundhed og Velfærd indstiller,'),
    ...nothingToNote,
    vision: withItalics(
      'Prøvehandlingen knytter an til kommunens vision og styringskoncept *En kommune - én organisation*. Den (prøvehandlingen) involverer særligt indikatorerne 4+5+8 fra styringskompasset.',
    ),
    borgerperspektiv: plain(
      'Formålet med prøvehandlingen er, at flere forældre får tilknytning til arbejdsmarkedet, og flere børn trives.',
    ),
  },
  recommendations: ['at orienteringen tages til efterretning.'],
  decision: plain(
    'Afdelingschef for Børn & Familie samt afdelingschef for Borger, Arbejdsmarked & Erhverv præsenterede deres arbejde med en prøvehandling fra 2024. I prøvehandlingen fokuserer indsatsen på hele familien i stedet for kun, at fokusere på det enkelte barn i mistrivsel. Prøvehandlingen er udarbejdet med inspiration fra Assens Kommune samtidig med, at der er gode erfaringer fra flere kommuner med sammenhængende borgerforløb. De ansvarlige chefer beskrev erfaringer fra arbejdet med prøvehandlingen, bl.a. vigtigheden af en tydelig tovholder, der især understøtter i starten af processen samt at alle afdelinger er klar til at bidrage og handle hurtigt, hvis det efterspørges af styre- og arbejdsgruppen.',
  ),
  attachments: ['Oplæg om prøvehandling CF'],
};

const constitutingAgenda: HeldItem = {
  title: 'Orientering om arbejdet med den konstituerende dagsorden',
  caseNumber: '00.01.00-P35-1-25',
  caseTitle: 'Den konstituerende dagsorden 2025',
  type: 'information',
  presenterKeys: [],
  durationMinutes: 20,
  sections: {
    resume: plain(
      'Chefforum bliver præsenteret for processen omkring Den konstituerende dagsorden og de opgaver, som skal løses i afdelingerne i den forbindelse. Afdelingerne skal være færdige med deres gennemgang af relevante dagsordenspunkter den 15. august 2025.',
    ),
    sagsfremstilling: doc(
      plain(
        'Kommunalbestyrelsen holder konstituerende møde den 1. december 2025. På dette møde vælger Kommunalbestyrelsen repræsentanter til poster i kommunens styrelse, stående udvalg og diverse bestyrelser. Dette gøres på baggrund af den konstituerende dagsorden, som består af ét dagsordenspunkt pr. udnævnelse.',
      ),
      subheading('Kvalificering af arbejdet med den konstituerende dagsorden'),
      plain(
        // "i et tæt mellem" sic (a word is missing in the print).
        'Arbejdet med at klargøre den konstituerende dagsorden er omfattende og skal forberedes grundigt i et tæt mellem Økonomi & Stab og fagafdelingerne. Økonomi & Stab har tilrettelagt opgaven således:',
        '1. Den konstituerende dagsorden oprettes på baggrund af forrige dagsorden, samt kendte ændringer (er gjort) (ØS)\n2. Processen samt fordeling af punkter præsenteres for Chefforum den 23. april 2025\n3. Hver enkelt afdeling gennemlæser og retter relevante dagsordenspunkter, som refererer til eget område. I bilag 1. er der udarbejdet en oversigt over dagsordenspunkter i den konstituerende dagsorden fordelt på afdelinger. Deadline 15. august 2025.\n4. Jura gennemgår hvert enkelt dagsordenspunkt',
        'For at sikre et fælles vidensgrundlag i forhold til afdelingernes kvalificering af dagsordenspunkterne vil Økonomi & Stab på mødet give en mundtlig introduktion til Den konstituerende dagsorden og opbygningen af hvert enkelt dagsordenspunkt. Samtidig vil fokuspunkterne for afdelingernes gennemgang blive gennemgået. Dagsordenspunkterne skal i udgangspunktet kigges igennem for:',
        '- Er sagen fortsat relevant?\n- Ny lovgivning - altså er udvalget nedsat på baggrund af de rigtige §§ i relevant lovgivning\n- Ændrede kommissorium eller vedtægt med konsekvens for udpegning\n- Sikre at indstilling er korrekt i forhold til om der udpeges blandt Kommunalbestyrelsens medlemmer eller der vælges frit\n- Indrapportere eventuelle nye udpegninger til Økonomi & Stab, hvis der er opstået nye bestyrelser, samarbejder eller lignende i denne kommunalbestyrelsesperiode.',
        'Alle dagsordenspunkter er oprettet og ligger i A-Sag. Sagsnummer rundsendes til Chefforum efter mødet.',
      ),
      subheading('Deadline og videre proces'),
      plain(
        'Afdelingerne får fra mødet i Chefforum og indtil den 15. august 2025 til at gennemgå de relevante dagsordenspunkter. I hele perioden er Jura klar til at bistå afdelinger i arbejdet. Henvendelser til Jura skal ske gennem postkassen jura@albertslund.dk.',
      ),
    ),
    indstilling: chairRecommends,
    ...nothingToNote,
  },
  recommendations: ['at processen for arbejdet med den konstituerende dagsorden tages til efterretning.'],
  decision: plain(
    'Sekretariatet præsenterede processen for Den konstituerende dagsorden og de opgaver, som afdelingerne skal bidrage til. Chefforum vil modtage link til den konstituerende dagsorden, hvorefter afdelingerne skal gennemgå de relevante dagsordenspunkter på sagen. Deadline for dette arbejde er den 15. august 2025. Det fremgår af bilag til sagen, hvad afdelingerne skal være særligt opmærksomme på, når de gennemgår dagsordenspunkterne. Afdelingerne kan løbende kontakte Jura, hvis de har behov for hjælp og sparring. Chefforum tog orientering om proces for arbejdet med den konstituerende dagsorden til efterretning.',
  ),
  attachments: ['Forberedelse af den konstituerende dagsorden', 'Oversigt over udvalg mv.'],
};

const leadershipDevelopment: HeldItem = {
  title: 'Beslutning om ledelsesudvikling 2025 - 2026',
  caseNumber: '00.15.00-A21-2-25',
  caseTitle: 'Ledelsesudvikling 2025 - 2026',
  type: 'decision',
  presenterKeys: [],
  durationMinutes: 25,
  sections: {
    resume: plain(
      'Der skal udarbejdes et ledelsesudviklingsforløb for samtlige ledere i Albertslund kommune i 2025 - 2026. Formålet er at skabe et tydeligt strategisk fundament og prioritering for den tværgående kompetenceudvikling for lederne. Forløbet skal styrke lederne i forhold til at imødekomme de udfordringer og kompleksitet, som organisationen står overfor de kommende år. Chefforum skal give deres input og forslag til opmærksomhedspunkter og nedslag for ledelsesudviklingsforløbet på tværs af organisationen.',
    ),
    sagsfremstilling: doc(
      plain(
        // "styrker den ledelseskvaliteten" sic.
        'Lederne i Albertslund Kommune skal navigere i bl.a. stigende forventninger fra borgerne, rekrutteringsudfordringer samt økonomiske begrænsninger. Den øgede kompleksitet i opgaveløsningen kræver, at Albertslund Kommune prioriterer og vægter en strategisk kompetenceudvikling på tværs af lederne i 2025 – 2026, der styrker den ledelseskvaliteten.',
        'Ledelsesudviklingsforløbet skal tage udgangspunkt i de tre perspektiver adfærd, struktur og opgaver samt medarbejder- og ledelsesgrundlaget i forhold til, hvad det kalder på af ledelse. Lederne skal arbejde konkret og i dybden med forskellige ledelsesgreb, der er vigtige for at skabe mening og retning for trivsel, faglig refleksion, relevante og klare samarbejder, helhedstænkning, inddragelse af borgere mv. Videre vil det fælles forløb blive suppleret af ledelsesudvikling i den enkelte afdeling samt løbende ledelsesunderstøttende aktiviteter, der tilbydes på tværs af organisationen.',
        'Chefforum skal have deres første drøftelse af, hvad der er af relevante opmærksomhedspunkter og nedslag i kompetenceudviklingen, hvordan det sikres at lederne forpligter sig til forløbet undervejs samt hvad der skal karakterisere den samlede ledelsesorganisation ultimo 2026, herunder hvad er potentialet og barriererne.',
      ),
      subheading('Nedslag i processen frem til et færdigt ledelsesudviklingsforløb'),
      plain(
        'Sekretariatet vil samle op på Chefforums kommentarer og input, hvorefter der vil være løbende nedslag i Chefforum frem til efteråret 2025, hvor et fælles forløb igangsættes i organisationen. Det vil bl.a. betyde en aflysning af den kommende lederdag den 28. maj 2025, hvor der i stedet kan planlægges med et gå-hjem møde om ledelse af diversitet og mangfoldighed.',
      ),
    ),
    indstilling: chairRecommends,
    ...nothingToNote,
    vision: plain(
      'Kompetenceudviklingen for 2025 - 2026 skal styrke, at organisationen indfrier visionen om at være "Den bæredygtige by for børnene, det grønne og fællesskaber"',
    ),
  },
  recommendations: ['at et fælles ledelsesudviklingsforløb i Albertslund Kommune i 2025 - 2026 drøftes.'],
  decision: plain(
    'Chefforum besluttede, at den kommende lederdag i maj 2025 bliver aflyst, og at Kommunaldirektør Henrik Harder, afdelingschef for Miljø & Teknik Marie Brøchner Jespersen samt afdelingschef for Borger, Arbejdsmarked & Erhverv Dorthe Espenhein udarbejder oplæg om ledelsesudviklingsforløbet til Chefforum, som drøftelserne kan tage udgangspunkt i.',
  ),
  attachments: ['Oplæg til drøftelse'],
};

const capitalPlan: HeldItem = {
  title: 'Temadrøftelse - Status på anlægsplan budget 2026',
  // Not a valid KLE number ("000" is no handling facet): the loader keeps it in the case title.
  caseNumber: '00.30.08-000-1-24',
  caseTitle: 'Anlægsplan budget 2026',
  type: 'theme',
  presenterKeys: ['rene-olesen'],
  // No time allotment printed.
  durationMinutes: null,
  sections: {
    resume: plain(
      'Anlægsplanen for budget 2026 er under udarbejdelse. Der gives en tilbagemelding på processen med udarbejdelsen af planen indtil nu samt hvilke elementer, der udestår.',
    ),
    sagsfremstilling: plain(
      'Anlægsplanen for budget 2026 er under udarbejdelse. I henhold til drøftelsen på Chefforum i december 2024 har der været afholdt møder med alle afdelingscheferne for bl.a. at sikre, at behovet fra chefområderne indarbejdes i anlægsplanen.',
      'Der er udarbejdet et såkaldt bruttoscenarie af anlægsplanen, som viser behovet for investeringer i byens udvikling og vedligeholdelse. Desuden arbejdes for tiden med et reduceret scenarie, hvor dette behov forsøges tilpasset og prioriteret efter et økonomisk måltal for anlægsinvesteringer på 120 mio. kr. årligt. Dette arbejde er ikke afsluttet og pågår stadig bl.a. ift. konsekvenser af befolkningsprognosen på dagtilbudsområdet.',
      'Den aktuelle foreløbige version af det reducerede scenarie af anlægsplanen er vedlagt.',
      'Vedlagt er desuden den overordnede procesplan for anlægsplanen 2026, som blev præsenteret for Chefforum i december 2024.',
    ),
    indstilling: chairRecommends,
    ...nothingToNote,
  },
  recommendations: ['at Chefforum drøfter temaet.'],
  decision: plain(
    'Afdelingschef for Kultur, Fritid & Ejendomme præsenterede bilagene om procesplan for anlægsplan Budget 2026 og anlægsplan 2026. Chefforum drøftede nedslagene i anlægsplanen.',
  ),
  attachments: ['Anlægsplan 2026 - foreløbigt reduceret scenarie.pdf', 'Procesplan anlægsplan budget 2026'],
};

const futureThemes: HeldItem = {
  standing: 'Temaer til kommende møder og eventuelt',
  title: 'Temaer til kommende møder og eventuelt',
  ...STANDING_CASE,
  type: 'theme',
  presenterKeys: [],
  durationMinutes: null,
  sections: { indstilling: chairRecommends },
  recommendations: ['at punktet drøftes'],
  decision: plain(
    'Chefforum besluttede, at afdelingschef for Borger, Arbejdsmarked & Erhverv har den kommende temadrøftelse den 21. maj 2025.',
  ),
  attachments: ['Temadrøftelser 2025'],
};

export const chefforum20250423: HeldMeeting = {
  forum: 'CF',
  date: '2025-04-23',
  location: 'Mødelokale 915',
  // "Mødedeltagere" in the printed order.
  participantKeys: [
    'henrik-harder',
    'kristine-klaebel',
    'lise-bayer',
    'marie-aasoe',
    'dorthe-espenhein',
    'marie-jespersen',
    'rene-olesen',
    'tine-juhl',
    'tanja-moeller',
  ],
  // The minutes list no Afbud.
  absences: [],
  secretaryKey: 'camilla-nielsen',
  items: [
    approval,
    budget2026,
    budgetAgreement2025,
    kommuneMed,
    pilotAction,
    constitutingAgenda,
    leadershipDevelopment,
    capitalPlan,
    futureThemes,
  ],
};
