/**
 * The Chefforum meeting of 13 March 2024 as held, from its minutes
 * (../shared/seeds/referat-chefforum-albertslund-2024-03-13.txt): titles, case numbers, sections,
 * recommendations, decisions and attachment names as printed there, typos included. Where the
 * print and the data differ, a comment says why. The minutes name no presenters and no time
 * allotments; the secretary, Camilla Holm Nielsen (invented), files every item.
 */
import {
  type BlockNode,
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
const cell = (type: 'tableHeader' | 'tableCell', text: string) => ({
  type,
  content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
});
const table = (header: string[], rows: string[][]): BlockNode => ({
  type: 'table',
  content: [header, ...rows].map((cells, i) => ({
    type: 'tableRow' as const,
    content: cells.map((c) => cell(i === 0 ? 'tableHeader' : 'tableCell', c)),
  })),
});
/** The minutes print a bare link as "<https://...>": the link text is the address. */
const link = (href: string): BlockNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }],
});

const chairRecommends = paragraphsDoc('Kommunaldirektøren indstiller,');

/** One case collects the meetings' standing items (dagsorden og referat, nyt, temaer). */
const STANDING_CASE = {
  caseNumber: '00.01.00-P35-7-23',
  caseTitle: 'Chefforum - møder, dagsordener og referater',
};

const approval: HeldItem = {
  standing: 'Godkendelse af dagsorden og referat',
  // Printed with an en dash, unlike the other items and the charter's prefix "CF - ".
  title: 'CF – Godkendelse af dagsorden og referat',
  ...STANDING_CASE,
  type: 'decision',
  presenterKeys: [],
  durationMinutes: null,
  sections: { indstilling: chairRecommends },
  // The meeting before in the minutes is 29 February 2024, not the series' 6 March: kept as printed.
  recommendations: [
    'at dagsorden til dette møde godkendes',
    'at referat fra mødet den 29. februar 2024 godkendes',
  ],
  decision: plain(
    'Chefforum godkendte dagsordenen til dette møde samt referat fra Chefforum den 29. februar 2024',
  ),
  attachments: [],
};

const pollingStations: HeldItem = {
  // The table of contents says "bemanding", the item heading "bemanning": the heading is kept.
  title: 'CF - Udpegning af holdledere og bemanning af valgsteder til Europaparlamentsvalg',
  caseNumber: '84.07.00-A00-1-23',
  caseTitle: 'Europaparlamentsvalg 2024 - bemanding af valgsteder',
  type: 'decision',
  presenterKeys: [],
  durationMinutes: null,
  sections: {
    anledning: plain(
      'Chefforum skal godkende den foreløbige bemanning af kommunens valgsteder ifm. det kommende valg til Europa-Parlamentet.',
    ),
    sagsfremstilling: doc(
      plain(
        'Chefforum har ansvar for bemanning af kommunens fem afstemningssteder ved valg. Chefforum har ansvar for at udpege og godkende holdledere og holdlederassistenter. Herefter er det holdlederens ansvar at udpege sit hold og løbende informere holdet om opgaverne forbundet med det kommende valg.',
        'Det understreges, at Chefforum bør bistå holdledere med at finde og udpege medarbejdere, som kan deltage på valgdagen, såfremt dette viser sig vanskeligt. Normalt er der mange ansatte, der melder sig frivilligt til at være med til at løfte opgaven i Albertslund Kommune. Men hvis det ikke er muligt at løfte opgaven af frivillighedens vej, er det vurderingen, at kommunen kan pålægge administrative medarbejdere og ledere på rådhuset at deltage i arbejdet, således at kerneopgaven bliver løst. Dette gælder administrative medarbejdere under overenskomst med HK, DJØF og DM. Opgaven honoreres, og det følger ikke af honoreringsaftalerne, at honoreringen forudsætter, at medarbejderne melder sig frivilligt.',
        'Holdledere- og holdlederassistenterne skal, med hjælp fra Chefforum, sikre et effektivt og kompetent hold på hvert enkelt afstemningssted. Dvs. at der er kompetente medarbejdere og ledere til rådighed på kommunens valgsteder, fintællingshold samt suppleanter i tilfælde af sygdom.',
        'Albertslund Kommune har et erfarent korps af holdledere og holdlederassistenter, som skal sikre gennemførelse af valg på valgstederne. Holdlederne sammensætter selv deres hold på valgdagen. Holdledere og holdlederassistenter til kommende valg er:',
      ),
      table(
        ['Valgsted', 'Holdleder', 'Holdlederassistent'],
        [
          ['Egelundskolen', 'Carina Kofoed, KFEE', 'Anne Børgesen, ÆSS'],
          ['Kongsholmsalen', 'Lene Clausen, BA', 'Birgitte Lund, ØS'],
          ['Herstedlund Skole', 'Kristine Klæbel', 'Vakant'],
          [
            'Herstedvester Skole',
            'Pernille Frandsen, KFEE (Vikar for Ulrik Skat Boysen-Møller)',
            'Der er dialog med flere egnede kandidater',
          ],
          ['Herstedøster Skole', 'Jesper Dichman Hansen, ØS', 'Britta Vestergaard Lybech, BA'],
        ],
      ),
      plain(
        'Holdledere og holdlederassistenter er i gang med at rekruttere de nødvendige medarbejdere til at forestå valget, både ift. valgdag og fintælling. Ved seneste valg i 2022 fordelte bemanningen af medarbejdere sig således:',
        '- Økonomi & Stab: 14\n- Borger & Arbejdsmarked: 21\n- Kultur, Fritid, Ejendomme & Erhverv: 15\n- Miljø & Teknik: 11\n- Skoler & Dagtilbud: 4\n- Ældre, Sundhed & Social: 11\n- Børn & Familie: 2',
        'Hvis Chefforum kender til medarbejdere eller ledere, der gerne vil deltage på valgstederne, kan de kontakte Hanne Pedersen, Organisation & Politik.',
        'Al øvrig information om valg kan findes på medarbejdersiden her:',
      ),
      link('https://medarbejdersiden.albertslund.dk/vaerktoejer/valg-og-afstemning/valghaandbogen'),
    ),
    indstilling: chairRecommends,
  },
  recommendations: [
    'at Chefforum godkender listen af holdledere og holdlederassistenter til valg til Europa-Parlamentet',
    'at Chefforum medvirker til at bistå med rekruttering, såfremt der ikke af frivillighedens vej kan findes tilstrækkeligt med medarbejdere',
  ],
  decision: plain(
    'Chefforum godkendte listen af holdledere og holdlederassistenter for valg til Europa-Parlamentet, idet afdelingschef Marie Brøchner Jespersen bliver holdlederassistent på Herstedlund Skole, samt at udpegelsen af holdlederassistenten på Herstedvester Skole er i den afsluttende fase.',
    'Chefforum godkendte, at cheferne medvirker til at bistå med rekrutteringen, hvis der mangler medarbejdere, der kan deltage på selve valgdagen.',
  ),
  attachments: [
    'Notat - information om bemanding af valgsteder',
    'Udkast til honoraraftale for administrative medarbejdere der deltager i valg',
  ],
};

const environmentalManagement: HeldItem = {
  title: 'CF - Genindførelse af miljøledelse',
  caseNumber: '09.00.00-G01-27-23',
  caseTitle: 'Genindførelse af miljøledelse',
  type: 'decision',
  presenterKeys: [],
  durationMinutes: null,
  sections: {
    anledning: plain(
      'I forbindelse med vedtagelse af budget 2024 blev det besluttet at genindføre miljøledelse i Albertslund Kommune. Miljø & Teknik har derfor udarbejdet et udkast til plan for opstarten og det første års drift. Med denne sag lægges der op til at implementere certificeret miljøledelse i hele organisationen, og dermed en mere formaliseret og ressourcetung model end blot et styrket fokus på bæredygtighed.',
    ),
    sagsfremstilling: doc(
      plain(
        'Med budgetaftalen for 2024 har budgetparterne besluttet følgende: "Med en genindførelse og nytænkning af kommunens miljøledelsessystem skal der fremadrettet arbejdes systematisk med miljø, klima og bæredygtighed i den kommunale organisation. Kommunen har arbejdet med miljøledelse i mange år, og styrker nu arbejdet som forberedelse til de europæiske krav virksomheder og kommuner skal leve op til på sigt. Et af målene er at understøtte de decentrale enheders arbejde med at reducere energiforbruget."',
        'Det er Miljø & Tekniks vurdering, at genindførelse af miljøledelse kan ske både som en "light-model", hvor der er tale om anbefalinger snarere end krav til alle arbejdspladser, og en mere omfattende og ressourcekrævende model, som munder ud i en certificering. Det er Miljø & Tekniks anbefaling, at der i Albertslund implementeres den mere omfattende model. DIF har på sit møde den 29. januar 2024 tiltrådt, at der gennemføres en reel miljøcertificering på baggrund af et miljøledelsessystem.',
        'Hovedargumenterne herfor er, at den omfattende model, hvor de enkelte arbejdspladser er forpligtede til at indgå i arbejdet, vil være en forudsætning for at skabe den nødvendige lokale forankring og prioritering. Samtidig vil de forudsatte økonomiske og energimæssige effekter kun reelt findes i en model med certificering. Endelig vil den politiske hensigt, at forberede Albertslund Kommune til kommende europæiske krav om bæredygtighed, bedst kunne ske gennem et certificeringsarbejde.',
        'Et miljøledelsessystem, der skal efterleve eksempelvis ISO 14001-standarden, er omfattende og kræver et større arbejde at etablere. Dette er også tilfældet for Albertslund, selvom kommunen har et godt fundament i form af viden og data, fra da kommunen var miljøcertificerede i perioden 2008 til 2019.',
        'Der er følgende trin i etablering af et miljøledelsessystem:',
        '- Kortlægning af organisationen, dens aktiviteter, interesser og miljøpåvirkninger\n- Planlægning af mål og aktiviteter til forbedring af miljøpræstationerne\n- Arbejde med mål og indsatser\n- Evaluering af indsatser (interne og eksterne audits)\n- Korrigerende handlinger',
        'Det første trin er grundlæggende, da det er systemets fundament. De efterfølgende trin gentages løbende (årligt).',
        'En grundtanke med det nye system er, at det skal understøtte Klimaplanens indsatser, hvorfor mål og aktiviteter i høj grad vil være givet af de vedtagne indsatser fra Klimaplanen. En vigtig øvelse for organisationen, med Miljø & Teknik som faglige tovholdere, vil derfor være at omsætte disse, så de bliver relevante og tilpasset lokale forhold i de kommunale enheder.',
        // The print breaks this paragraph at a page boundary ("at der" / "tages ejerskab"): one paragraph here.
        'Skal miljøledelsessystemet virke og blive en succes, kræver det deltagelse og engagement i hele organisationen, både på medarbejder- og ledelsesniveau. Som det fremgår af navnet, er det et ledelsessystem, og det er derfor særlig vigtigt, at der tages ejerskab på alle ledelsesniveauer – også fra topledelsen, som er nævnt direkte flere steder i ISO-standarden.',
        'Det vigtigste og mest presserende er at få etableret en organisation, der sikrer bred deltagelse fra alle enheder. Erfaringer fra det tidligere system er, at især de lokale repræsentanter i de decentrale enheder og deres tovholderfunktion er centrale for, at systemet fungerer. Samtidig vil der skulle udpeges en gruppe medarbejdere, der kan deltage i de interne audits. Erfaringsmæssigt fungerer det godt, at disse auditorer rekrutteres på tværs af organisationen.',
      ),
      subheading('Ressourcetræk'),
      plain(
        'At etablere og drifte et miljøledelsessystem vil trække ressourcer i hele organisationen. Overordnet kan man dele opgaverne i to – det centrale og det decentrale. Roller og ansvar fremgår af bilag.',
        'Det centrale, som hovedsageligt udføres i Miljø & Teknik, omfatter det systemtekniske og de mange systemdokumenter, som standarden foreskriver, udarbejdelse af klimaregnskab, planlægning af overordnede indsatser, planlægning og facilitering af møder og seminarer, kommunikation samt planlægning og gennemførelse af audits.',
        'For de decentrale enheder vil arbejdet primært bestå i at udarbejde lokale indsatser ud fra de overordnede indsatser, arbejde med og følge op på indsatserne. I mange enheder – især dagtilbud og skoler – gennemføres allerede klima- og miljørelaterede aktiviteter, der vil kunne omsættes til mål og indsatser, hvorfor der ikke vil være tale om ekstra opgaver eller aktiviteter, men blot mindre opgaver med afrapportering og dokumentation.',
        'Derudover forventes den lokale repræsentant at deltage i møder og seminarer, samt at sætte miljø og klima på dagsordenen i enheden. Alle enheder vil på skift blive udpeget til interne og eksterne audits. I disse forventes både leder og lokal repræsentant at deltage, ligesom udvalgte medarbejdere vil blive inddraget. Standarden stiller krav om, at audits gennemføres hvert år. Dog skal alle enheder ikke auditeres årligt.',
        'Eksterne audits aftales og planlægges i samarbejde med et eksternt akkrediteringsfirma. Erfaring fra vores tidligere miljøledelsessystem var, at enhederne typisk blev udvalgt til eksterne audits hvert fjerde eller femte år.',
        'Vi kan selv planlægge et program for interne audits, og dermed også hvor hyppigt de gennemføres. Der er krav om årlige audits, men ikke at alle enheder auditeres. Vi har tidligere forsøgt at sikre, at hver institution havde intern audit hver andet år.',
        'Udover lokale indsatser og audits skal der for alle enheder findes nogle instrukser til medarbejderne. Dette understøttes i videst muligt omfang centralt med skabeloner og guides, som den enkelte enhed blot skal tilpasse til lokale forhold.',
        'Baseret på den efterspørgsel der blev oplevet, da det tidligere miljøledelsessystem blev nedlagt, blev det oplevet som en overskuelig opgave at gennemføre i enhederne. Tilsvarende har en række kollegaer, både centralt og decentralt, efter det tidligere miljøledelsessystems nedlæggelse efterspurgt et forum til videndeling og inspiration i klimaarbejdet. Det vil også blive genetableret med det nye miljøledelsessystem.',
      ),
    ),
    indstilling: paragraphsDoc('Direktøren for By, Kultur, Miljø & Beskæftigelse indstiller,'),
  },
  recommendations: [
    'at der afsættes de nødvendige ressourcer til opgaven i alle afdelinger',
    'at det drøftes, hvordan implementeringen bedst kommer fra start i 2024',
  ],
  decision: plain(
    'Chefforum blev præsenteret for nedslag i processen for genindførelse af miljøledelse, herunder at det i løbet af det første år vil kræve flere ressourcer at etablere og drifte et miljøledelsessystem. Samtidig er der i organisationen allerede erfaringer fra det tidligere miljøledelsessystem.',
    'Chefforum drøftede, at der kan være mindre decentrale enheder, hvor det er problematisk at afsætte de nødvendige ressourcer, hvorfor det skal undersøges, om der kan skabes nye grupperinger. Fx at én leder og én tovholder kan være ansvarlige og repræsentere flere enheders miljø- og klimaarbejde, samt at der afholdes en fælles introduktion til miljøledelse, som en del af introprogrammet i Albertslund Kommune, der planlægges og afholdes centralt. Videre kan der være behov for et lokalt råderum i forhold til at tilpasse og give mening til miljø- og klimaarbejdet på den enkelte arbejdsplads, samt skabe en tydelig kobling til arbejdet med Plan A.',
    'Chefforum besluttede, at der skal udarbejdes et nyt oplæg til Chefforum, inden organisationen skal igangsætte arbejdet med kommende mål/indsatser.',
  ),
  attachments: [
    'Tidsplan for opstart og første driftsår',
    'Proces for genindførelse af miljøledelse',
    'Beskrivelse af roller og opgaver',
    'Udvidelsesforslag 3.1 Genindførelse af miljøledelse i Albertslund Kommune',
  ],
};

const budget2025: HeldItem = {
  title: 'CF - Status på arbejdet med budget 2025',
  caseNumber: '00.30.00-P05-1-24',
  caseTitle: 'Budget 2025',
  // A status with follow-up: the first recommendation "tages til efterretning" makes it information.
  type: 'information',
  presenterKeys: [],
  durationMinutes: null,
  sections: {
    anledning: plain('Opfølgning på arbejdet med budget 2025 og tidligere drøftelser.'),
    sagsfremstilling: doc(
      plain('Der følges op på det seneste arbejde samt opfølgningspunkter ift. arbejdet med Budget 2025.'),
      subheading('Budgetkatalog'),
      plain(
        'På sidste Chefforum blev den endelige fordeling af måltal for budgetkataloget besluttet og udmeldt. Efterfølgende har afdelingerne oplistet de nuværende ideer til budgetkatalogforslag og respektive provenuer til opfyldelse af måltallet. Kommunaldirektøren giver tilbagemelding på den første oversigt.',
      ),
      subheading('Opfølgning på ideer til AI løsninger'),
      plain(
        'Chefforum drøftede kort på sidste møde ideer til AI-løsninger. Drøftelsen genoptages og suppleres med chefernes overvejelser siden sidste møde.',
      ),
      subheading('Regelforenkling'),
      plain(
        "Med udgangspunkt i regeringsgrundlagets målsætning om at afbureaukratisere, og de efterfølgende drøftelser ifm. Økonomiaftalen for 2024, har regeringen endeligt responderet på KL's pres og forslag til regelforenklinger. Regeringen har fremsat liste med områder, hvor der vil blive lavet lovforslag til regelforenkling, som er vedlagt som bilag sammen med KL's følgebrev. Chefernes bedes orientere sig i listen, således at det på Chefforum kan drøftes, om der er nogle af de 56 forslag, kommunen skal være særligt opmærksomme på, og som kunne give muligheder i budget 2025 og frem. Emnerne på listen dækker bredt, og er administration i den helt brede definition.",
        'På nuværende tidspunkt er det uvist, hvordan kommunens bloktilskud og udligning påvirkes af tiltag, idet det vil blive genstand for forhandling i Økonomiaftalen for 2025. Der vil højst sandsynligt være et link til finansieringen af lønløftet fra trepartsaftalen, men i hvilken grad og tidshorisont er uvist.',
      ),
      subheading('Besparelsespotentialer på indkøbsområdet'),
      plain(
        'På sidste Chefforum blev cheferne bedt om at tænke over besparelsesmuligheder på indkøbsområdet, som cheferne kan orientere om på dette møde.',
        'Økonomi & Indkøb vil kort gennemgå nøgletal/benchmark for kommunens indkøb, som SKI har udarbejdet, og hvor nogle har været præsenteret på Kommunaløkonomisk Forum.',
      ),
    ),
    indstilling: chairRecommends,
  },
  recommendations: [
    'at opfølgning på arbejdet med budget 2025 tages til efterretning',
    'at ideer til AI-tiltag drøftes',
    'at listen med regelforenklingstiltag drøftes',
    'at der udveksles ideer til indkøbsbesparelser',
  ],
  decision: plain(
    'Økonomi & Indkøb præsenterede nøgletal/benchmark for kommunens indkøb, som SKI har udarbejdet, hvor bl.a. anlæg indgik. Chefforum udvekslede ideer til indkøbsbesparelser, herunder indkøbskultur på tværs af organisationen. Forslag til reduktion i indkøb skal fremgå tydeligt af budgetkataloget.',
    'Chefforum drøftede listen med forslag til regelforenklinger, herunder usikkerheden i forhold til, hvor store besparelser de enkelte tiltag vil medføre. Økonomi & Indkøb vil indarbejde i listen over regelforenklinger, hvilke afdelinger de forskellige tiltag vil påvirke.',
    'Chefforum fulgte op på ideer til AI løsninger, hvor cheferne drøftede muligheder på kort og lang sigt, herunder vigtigheden af at afdække teknologisk understøttelse, lovgivning samt mulige risici ved nye tiltag. Der er tilknyttet en ekstern konsulent i Økonomi & Stab, der bl.a. skal afdække AI løsninger.',
  ),
  attachments: [
    'Følgende Regelforenklingstiltag',
    'Liste over forenklingstiltag KL',
    'SKI udvalgte nøgletal for indkøb CF 110324',
  ],
};

const networks: HeldItem = {
  title: 'CF - Netværk i Albertslund Kommune og kommissorier for netværk',
  caseNumber: '00.00.00-A21-1-24',
  caseTitle: 'Netværk i Albertslund Kommune',
  // One orientation and two terms of reference to approve: a decision.
  type: 'decision',
  presenterKeys: [],
  durationMinutes: null,
  sections: {
    anledning: plain(
      'Chefforum orienteres om eksisterende netværk i Albertslund Kommune, og drøfter udkast til kommissorier for to nye netværk.',
    ),
    sagsfremstilling: plain(
      'Chefforum bestilte i december 2023 en mapping over eksisterende netværk i Albertslund Kommune.',
      'Der eksisterer på nuværende tidspunkt følgende netværk i organisationen:',
      '- Kommunikationsnetværksgruppe\n- Netværk for webredaktører\n- Erhvervs taskforce\n- Netværk for medarbejdere der har kontakt til unge\n- Data netværk\n- ERFA gruppe for administrative medarbejdere vedr. KMD, OPUS og økonomi\n- ERFA gruppe for personaleadministrative medarbejdere (centralt og decentralt)\n- Netværksgruppe for SBSYS administratorer\n- Digitaliseringsnetværket',
      'I det vedhæftede bilag er ovenstående netværk beskrevet med formål og deltagerkreds.',
      'Videre bestilte Chefforum et udkast på kommissorie for et konsulentnetværk til understøttelse af arbejdet med "Én kommune, én organisation", samt kommissorie til et netværk for budgetprocessen. Oprettelsen af de to netværk med faste mødekadencer skal styrke det løbende tværgående samarbejde i kommunen. I de nye netværk placeres ansvaret for, at der sikres fremdrift, samt at alle relevante nøglepersoner i kommunen inddrages, for både at sikre kvalitet samt at deadlines overholdes.',
      'Kommissorierne er vedhæftet til kommentering og godkendelse af Chefforum.',
      'Afdelingscheferne skal efterfølgende pr. mail udpege den eller de nøglemedarbejdere, der skal deltage i netværket for budgetprocessen.',
    ),
    indstilling: chairRecommends,
  },
  recommendations: [
    'at Chefforum tager orienteringen om eksisterende netværk til efterretning',
    'at Chefforum godkender kommissoriet for konsulentnetværket til understøttelse af arbejdet med "Én kommune, én organisation"',
    'at Chefforum godkender kommissoriet for netværk for budgetprocessen',
  ],
  decision: plain(
    'Chefforum blev præsenteret for eksisterende netværk i organisationen, hvor enkelte af de oplyste netværk havde mere karakter af uformelle tværgående arbejdsgrupper.',
    'Chefforum godkendte kommissoriet for konsulentnetværk til understøttelse af arbejdet med "Én Kommune - én organisation" med bemærkning om, at der løbende kan være behov for at inddrage flere af chefernes konsulenter, fx ved kompetenceudvikling samt afholdelse af større arrangementer.',
    'Chefforum godkendte kommissoriet for netværk for budgetprocessen med følgende bemærkninger:',
    '- Der er behov for en tydelig definition af deltagere i netværket, herunder om budgetnotat skal udgå af den nuværende definition. Chefforum definerede, at deltagerne i netværket skal have indblik i relevant indhold og proces i budgetprocessen for at sikre ensartethed på tværs, samt at deadlines overholdes.\n- Netværket skal understøtte samarbejdet mellem ØS og afdelingerne, hvor nødvendig information bliver udvekslet mellem deltagerne.',
    'Organisation & Politik vil udsende en mail til Chefforum, når cheferne skal udpege 1-2 deltagere til netværk for budgetprocessen samt udsende skriftligt forslag til en ny proces for besvarelse af budgetspørgsmål, der i højere grad skal inddrage udvalgte nøglepersoner.',
  ),
  attachments: [
    'Netværk i AK_CF_Mapping',
    'CF_Kommissorium for konsulentnetværk for "Én kommune, én organisation"',
    'CF_Kommissorium Netværk for budgetprocessen',
  ],
};

const leadersDay: HeldItem = {
  title: 'CF - Lederdøgn 2024',
  caseNumber: '00.00.00-A21-7-23',
  caseTitle: 'Lederdøgn 2024',
  type: 'decision',
  presenterKeys: [],
  durationMinutes: null,
  sections: {
    anledning: plain('Chefforum skal drøfte program og indhold på Lederdøgn 2024.'),
    sagsfremstilling: plain(
      'Chefforum præsenteres for program og drejebog for årets Lederdøgn den 4.-5. april 2024. Lederdøgnet bliver afholdt ved Bymose Hegn, Helsinge.',
      'Den første dag vil have fokus på forandringsledelse og implementering med eksempler fra Plan A og kommunens medarbejder- og ledelsesgrundlag. Ph.d og lektor Søren Obed Madsen vil holde et oplæg, og facilitere en række øvelser med lederne.',
      'Omdrejningspunktet for Lederdøgnet er fællesskabet om ledelsesopgaven. Vi er én kommune og én organisation. Vi er et fællesskab, og hvis vi skal lykkes med at skabe de bedste rammer for børn og borgere i kommunen, skal vi hjælpes ad. Vi har som ledere en særlig opgave i at stå på mål for fagligheden og samtidig være skarpe på helheden, at have blik for det store mangfoldige hjul af muligheder, som kommunen rummer. Formålet med at fokusere på forandringsledelse på dag et er, at vi sammen og hver for sig bliver klogere på, hvordan vi implementerer. Dette er aktuelt gældende vores styringskompass, når vi arbejder med Plan A og fx medarbejder- og ledelsesgrundlaget.',
      'På første dag vil Kommunaldirektøren præsentere muligheden for at tilmelde sig et internt ledernetværk. Netværkene nedsættes for at skabe et ledelsesfagligt rum, hvor sparring, relationer og faglige drøftelser skal være i centrum. Det skal bidrage til netværksdannelse og videndeling under, og efter møderne. Kommissoriet for de kommende ledernetværk er vedhæftet sagen.',
      'På dag to vil fokus være på inddragelse af civilsamfundet. Direktør for Macmann Berg, Thomas Johansen, vil give en introduktion til inddragelsen af frivillige med brug af eksempler på succesfulde inddragelser af frivillige, der har skabt mening og værdi i andre kommuner. Der vil være refleksionsøvelser undervejs med et fokus på, hvad det kalder på af ledelse, når man inddrager civilsamfundet og frivillige i kommunal regi. Formålet med at fokusere på inddragelsen af civilsamfundet på dag to er, at vi bliver klogere på, hvordan vi fremadrettet kan sikre en god service for vores borgere gennem inddragelsen af civilsamfundet. Vores velfærdsniveau kan ikke opretholdes uden en betydelig frivillig indsats og øget inddragelse af civilsamfundet i løsningen af opgaverne. Derfor skal vi øve os i inddragelsen, og efter lederdøgnet skal alle ledere hjem og lave mindre prøvehandlinger, hvor de netop bruger den viden, som de får i løbet af dag to på lederdøgn. Erfaringerne fra disse prøvehandlinger skal vi dele, så vi sammen kan blive klogere på, hvad der virker – og hvad der ikke virker.',
    ),
    indstilling: chairRecommends,
  },
  recommendations: ['at Chefforum drøfter program for Lederdøgn 2024.'],
  decision: plain(
    'Chefforum godkendte programmet for lederdøgn med følgende bemærkninger:',
    '- Erhvervsliv skal inddrages i programmet på dag 2.\n- Der skal udarbejdes et særskilt dokument til at understøtte drøftelser på lederdøgnet, hvor det tydeligt fremgår, hvilke rammer og regler der er for inddragelse og samarbejde med frivillige.',
    'Chefforum havde følgende bemærkninger til kommende ledernetværk:',
    '- Ledernetværk skal både understøtte ledernes egne opgaver, samt de opgaver vi har på tværs.\n- Det er frivilligt at deltage, men når lederen først har meldt sig til netværket, forpligter det i forhold til at deltage i møder og arrangementer.\n- De første møder i netværk ændres til at blive afholdt i september/oktober 2024.\n- Der nedsættes i første omgang tre netværk, hvorefter det i Chefforum besluttes, om der skal nedsættes yderligere netværk.\n- Der er behov for, at ledelsesudvikling på tværs planlægges og præsenteres i god tid, så indholdet kan afstemmes med ledelsesudvikling i den enkelte afdeling.',
  ),
  attachments: [
    'Program Lederdøgn april 2024_CF.docx',
    'Drejebog Lederdøgn april 2024_CF.docx',
    'Kommissorium Ledernetværk_CF.docx',
  ],
};

const governanceDocuments: HeldItem = {
  title: 'CF - Interne styringsdokumenter',
  caseNumber: '00.15.01-A00-1-24',
  caseTitle: 'Revidering af interne styringsdokumenter',
  type: 'decision',
  presenterKeys: [],
  durationMinutes: null,
  sections: {
    anledning: plain(
      'I denne sag beskrives processen med at revidere interne styringsdokumenter i Økonomi og Stab.',
    ),
    sagsfremstilling: plain(
      'Vi har mange styringsdokumenter i Albertslund Kommune, og mens revidering af de borgerrettede politikker har været fokus for samtlige fagområder i 2023, skal Økonomi & Stab fortsætte arbejdet med de interne styringsdokumenter i 2024. De interne styringsdokumenter skal understøtte den administrative drift i kommunen og sikre, at alle medarbejdere kender deres rolle og opgaver i organisationen, og ved hvor de kan søge hjælp i deres arbejde. Med et revideret internt styringslandskab får vi en bedre fælles forståelse for, hvordan vi griber vores arbejdsopgaver an, og hvordan vi samarbejder på tværs af stabs- og fagområder.',
      'I 2022 blev revidering af de interne styringsdokumenter igangsat ved nedsættelse af en arbejdsgruppe med repræsentation fra både stabs- og fagområder. Gruppens arbejde tog udgangspunkt i, hvad der kendetegner et godt internt styringsdokument, samt hvordan styringsdokumenter kan gøres let tilgængelige for alle medarbejdere i kommunen. Arbejdsgruppen udarbejdede bl.a. en skabelon, der indeholder forskellige kriterier for det gode interne styringsdokument. Skabelonen fremgår som bilag.',
      'I Økonomi & Stab er der især arbejdet med tilgængeligheden af de interne styringsdokumenter. Via appen Serviceportalen, der kan tilgås i Citrix, kan medarbejderen modtage hjælp inden for fire udvalgte områder: brugeradministration, indkøb, økonomi samt it & digitalisering. Appen hjælper medarbejderen ved at opstille beskrivelser af konkrete processer samt linke til relevant indhold fra medarbejdersiden. Hvis medarbejderen ikke finder den relevante information, fungerer portalen som en fælles indgang til at oprette en sag, som derefter tilgår de rette medarbejdere i Økonomi & Stab. Serviceportalen tager udgangspunkt i de emner og processer, der oftest bliver spurgt ind til fra medarbejdere på tværs af organisationen. En oversigt over nuværende indhold i appen fremgår af bilaget "Serviceportal".',
      'Økonomi & Stab har derudover gennemgået en intern proces, bl.a. gennem sammenlægning af enheder, i forhold til at definere og tydeliggøre kompetencer og opgaver i de enkelte teams, herunder kortlægning af hvor og hvad resten af organisationen kan søge hjælp til i Økonomi & Stab. I bilaget "Organisationsdiagram" fremgår den nuværende opgavefordeling i afdelingen. På sigt skal organisationsdiagrammet også indeholde opgaver og kompetencer på medarbejderniveau.',
      'Der udestår fortsat et arbejde med at revidere de interne styringsdokumenter med udgangspunkt i arbejdsgruppens skabelon, især med henblik på at fastsætte rollefordeling mellem stabs- og fagområder. I 2024 vil Økonomi & Stab derfor, for udvalgte procesbeskrivelser, redigere eller udarbejde tydelige rolleafklaringer: hvem gør hvad hvornår? De udvalgte processer er, hvor ansvars- og rollefordelingen endnu ikke er beskrevet eller fremstår uklar i de interne styringsdokumenter. I revideringen vil der løbende blive inddraget relevante afdelingschefer og ledere med henblik på at sikre enighed omkring, hvordan vi samarbejder på tværs af stabs- og fagområder. De udvalgte procesbeskrivelser fremgår af bilaget "Processer". Nye interne styringsdokumenter vil løbende blive præsenteret for resten af organisationen for at sikre kendskab hos medarbejdere.',
      'Hvis Chefforum har forslag til interne styringsdokumenter på medarbejdersiden, der skal revideres, eller procesbeskrivelser der mangler at blive udarbejdet, kan der efterfølgende sendes en mail til Liv Bjerg Jensen, Organisation & Politik.',
      'Efterfølgende vil der i Økonomi & Stab blive udarbejdet en mere detaljeret implementeringsplan for revideringen i 2024.',
    ),
    indstilling: paragraphsDoc('Chef for Økonomi & Stab indstiller,'),
  },
  recommendations: ['at revidering af interne styringsdokumenter drøftes'],
  decision: plain('Punktet blev udsat til Chefforum den 10. april 2024'),
  attachments: ['Skabelon', 'Serviceportal', 'Organisationsdiagram', 'Procesbeskrivelser'],
};

const safetyPolicy: HeldItem = {
  title: 'CF - Tryghedspolitik 2024-2026',
  caseNumber: '27.00.00-P22-2-24',
  caseTitle: 'Tryghedspolitik 2024-2026',
  type: 'decision',
  presenterKeys: [],
  durationMinutes: null,
  sections: {
    anledning: plain('Chefforum skal drøfte udkast til en ny Tryghedspolitik for 2024 - 2026.'),
    sagsfremstilling: plain(
      'Kommunalbestyrelsen godkendte den 13. september 2022 et nyt styringskoncept. Med beslutningen om et nyt styringskoncept blev det derudover besluttet, at Albertslund Kommunes 17 politikker fremadrettet skal leve op til to kriterier. Kriterierne skal sørge for at skabe genkendelighed for politikere, borgere og organisationen.',
      'Kriterierne, som politikerne fremover skal opfylde, er følgende:',
      '- En beskrivelse af ønsket fremtidsscenarie, hvor der kobles til visionen.\n- Formulering af konkrete målsætninger, som skal understøtte arbejdet med at indfri det ønskede fremtidsscenarie.',
      'På den baggrund er der udarbejdet en ny Tryghedspolitik for 2024 - 2026, der skal sendes til politisk behandling.',
      'I Tryghedspolitikken foreslås - med udgangspunkt det beskrevne fremtidsscenarie - følgende målsætning:',
      '- Albertslundere føler sig trygge i hverdagen.',
      'Udkast til politikken er vedlagt.',
    ),
    indstilling: paragraphsDoc('Konstitueret direktør for Børn, Sundhed & Velfærd indstiller,'),
  },
  recommendations: ['at den nye Tryghedspolitik 2024 - 2026 godkendes'],
  decision: plain(
    'Chefforum godkendte udkast til tryghedspolitikken med følgende bemærkninger:',
    '- Der kan med fordel indarbejdes underoverskrifter i politikken.\n- Udarbejde mere konkrete eksempler på, hvad der allerede eksisterer af indsatser på området.\n- Betone udviklingen på området i Albertslund Kommune, fx ved brug af grafer\n- Overvej at nedtone bestemte formuleringer, fx i forhold til det eksisterende samarbejde på tværs',
  ),
  attachments: ['Tryghedspolitikken 2024-2026'],
};

const news: HeldItem = {
  standing: 'Nyt fra afdelingerne',
  title: 'CF - Nyt fra afdelingerne',
  ...STANDING_CASE,
  type: 'information',
  presenterKeys: [],
  durationMinutes: null,
  // Printed with Indstilling before Sagsfremstilling; the documents follow the template's order.
  sections: {
    indstilling: chairRecommends,
    sagsfremstilling: plain('Chefer orienterer om nyt fra deres afdelinger.'),
  },
  recommendations: ['at orienteringer fra afdelingerne tages til efterretning'],
  decision: plain('Punktet blev udsat til behandling på et senere Chefforum.'),
  attachments: [],
};

const futureThemes: HeldItem = {
  standing: 'Temaer til kommende møder og eventuelt',
  title: 'CF - Temaer til kommende møder og eventuelt',
  ...STANDING_CASE,
  type: 'theme',
  presenterKeys: [],
  durationMinutes: null,
  sections: { indstilling: chairRecommends, sagsfremstilling: plain('- Status på målplaner 2023') },
  recommendations: ['at punktet drøftes.'],
  decision: plain('Punktet om status på målplaner 2023 blev udsat til Chefforum den 20. marts 2024.'),
  attachments: ['Oversigt mål 2023'],
};

export const chefforum20240313: HeldMeeting = {
  forum: 'CF',
  date: '2024-03-13',
  location: '915',
  // "Mødedeltagere" in the printed order. The print has "Lise Lise Valentin Bayer" (a typo) and
  // "Dorthe Espenheim" (the 2025 minutes: "Espenhein"): both are the demo's existing people.
  participantKeys: [
    'henrik-harder',
    'rene-olesen',
    'rikke-terslev',
    'tine-juhl',
    'kristine-klaebel',
    'sisse-willemoes',
    'dorthe-espenhein',
    'marie-jespersen',
    'marie-aasoe',
    'lise-bayer',
  ],
  // The minutes list no Afbud.
  absences: [],
  secretaryKey: 'camilla-nielsen',
  items: [
    approval,
    pollingStations,
    environmentalManagement,
    budget2025,
    networks,
    leadersDay,
    governanceDocuments,
    safetyPolicy,
    news,
    futureThemes,
  ],
};
