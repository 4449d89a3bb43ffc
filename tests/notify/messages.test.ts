/** The e-mails' Danish text, and the rule that a closed item's title never reaches a mail. */
import { describe, expect, it } from 'vitest';
import {
  approvalReminder,
  danishDate,
  danishDateTime,
  itemApproved,
  itemRejected,
  itemReturned,
  materialReleased,
  submissionReminder,
} from '../../src/notify/messages.ts';

const SECRET = 'Afskedigelse af navngiven medarbejder';
const link = 'https://fora.example.dk/albertslund/CF';
const everything = (m: { subject: string; text: string }) => `${m.subject}\n${m.text}`;

describe('Danish dates', () => {
  it.each([
    ['2025-04-23T09:00:00+02:00', 'onsdag d. 23. april 2025 kl. 09.00'],
    ['2025-04-23T07:00:00Z', 'onsdag d. 23. april 2025 kl. 09.00'],
    ['2024-12-05T13:30:00+01:00', 'torsdag d. 5. december 2024 kl. 13.30'],
    ['2025-02-01T08:05:00+01:00', 'lørdag d. 1. februar 2025 kl. 08.05'],
  ])('%s is %s in Copenhagen', (iso, text) => {
    expect(danishDateTime(iso)).toBe(text);
  });

  it('writes the short date without weekday', () => {
    expect(danishDate('2025-06-05T09:00:00+02:00')).toBe('5. juni 2025');
  });
});

describe('material released', () => {
  const agenda = {
    forumName: 'Chefforum',
    meetingStart: '2025-04-23T09:00:00+02:00',
    version: 1,
    supplementary: false,
    link,
    items: [
      { number: 1, title: 'Godkendelse af dagsorden', closed: false },
      { number: 2, title: SECRET, closed: true },
      { number: 3, title: 'Budget 2026: Økonomiske rammer', closed: false },
    ],
  };

  it('announces the agenda with the meeting time, the items and the link', () => {
    const m = materialReleased(agenda);
    expect(m.subject).toBe('Dagsorden: Chefforum 23. april 2025');
    expect(m.text).toContain(
      'Dagsordenen til mødet i Chefforum onsdag d. 23. april 2025 kl. 09.00 er udsendt.',
    );
    expect(m.text).toContain(
      'Punkt 1: Godkendelse af dagsorden\nPunkt 2: Lukket punkt\nPunkt 3: Budget 2026: Økonomiske rammer',
    );
    expect(m.text).toContain(link);
  });

  it('never shows a closed item’s title', () => {
    expect(everything(materialReleased(agenda))).not.toContain(SECRET);
    expect(everything(materialReleased({ ...agenda, supplementary: true, version: 2 }))).not.toContain(
      SECRET,
    );
  });

  it('calls a supplementary agenda by its name and version', () => {
    const m = materialReleased({ ...agenda, supplementary: true, version: 2 });
    expect(m.subject).toBe('Tillægsdagsorden: Chefforum 23. april 2025');
    expect(m.text).toContain('Der er udsendt en tillægsdagsorden (version 2) til mødet i Chefforum');
  });
});

describe('reminders', () => {
  it('reminds a submitter of the deadline and their unsubmitted items', () => {
    const m = submissionReminder({
      forumName: 'Chefforum',
      meetingStart: '2025-05-15T09:00:00+02:00',
      deadline: '2025-05-08T12:00:00+02:00',
      items: [{ title: 'Sygefravær i ældreplejen' }, { title: SECRET, closed: true }],
      link,
    });
    expect(m.subject).toBe('Påmindelse: frist for punkter til Chefforum torsdag d. 8. maj 2025 kl. 12.00');
    expect(m.text).toContain(
      'Fristen for at indsende punkter til mødet i Chefforum torsdag d. 15. maj 2025 kl. 09.00 er torsdag d. 8. maj 2025 kl. 12.00.',
    );
    expect(m.text).toContain(
      'Du har 2 punkter, som endnu ikke er indsendt:\n- Sygefravær i ældreplejen\n- Lukket punkt',
    );
    expect(everything(m)).not.toContain(SECRET);
  });

  it('reminds an approver of the items waiting, with who submitted them', () => {
    const m = approvalReminder({
      forumName: 'Direktørforum',
      deadline: '2025-05-09T10:00:00+02:00',
      items: [{ title: 'Ny indkøbspolitik', submitterName: 'Søren Ærø' }],
      link,
    });
    expect(m.subject).toBe('Påmindelse: 1 punkt til godkendelse – Direktørforum');
    expect(m.text).toContain('Fristen for godkendelse er fredag d. 9. maj 2025 kl. 10.00.');
    expect(m.text).toContain('- Ny indkøbspolitik (indsendt af Søren Ærø)');
  });
});

describe('item decisions', () => {
  it('gives the comment of a returned open item', () => {
    const m = itemReturned({ title: 'Ny indkøbspolitik', comment: 'Tilføj økonomiafsnittet.', link });
    expect(m.subject).toBe('Punkt sendt tilbage: Ny indkøbspolitik');
    expect(m.text).toContain('med denne kommentar:\n\nTilføj økonomiafsnittet.');
  });

  it('keeps title and comment of a closed item in Fora', () => {
    const comment = 'Medarbejderens navn skal fjernes fra bilag 2.';
    for (const m of [
      itemReturned({ title: SECRET, comment, closed: true, link }),
      itemRejected({ title: SECRET, comment, closed: true, link }),
      itemApproved({ title: SECRET, forumName: 'Chefforum', closed: true, link }),
    ]) {
      expect(everything(m)).not.toContain(SECRET);
      expect(everything(m)).not.toContain(comment);
      expect(m.text).toContain(link);
    }
  });

  it('tells the submitter an item was approved or rejected', () => {
    expect(itemApproved({ title: 'Årshjul 2026', forumName: 'Chefforum', link }).text).toContain(
      'Dit punkt "Årshjul 2026" er godkendt og venter nu på at blive sat på en dagsorden i Chefforum.',
    );
    const rejected = itemRejected({ title: 'Årshjul 2026', comment: '', link });
    expect(rejected.subject).toBe('Punkt afvist: Årshjul 2026');
    expect(rejected.text).toContain('Dit punkt "Årshjul 2026" er afvist.');
  });
});
