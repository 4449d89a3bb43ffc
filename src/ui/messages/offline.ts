/** Private notes on items and attachments, and offline reading. */
const da = {
  notesTitle: 'Mine noter',
  'notes.intro': 'Kun du kan læse dine noter. De gemmes automatisk, når du holder en pause i skrivningen.',
  'notes.onItem': 'Note til punktet',
  'notes.onAttachment': 'Note til bilag',
  'notes.saving': 'Gemmer …',
  'notes.saved': 'Gemt',
  'notes.queued': 'Gemmes, når du er online igen',
  'notes.conflictHeading': 'Noten er ændret på en anden enhed',
  'notes.conflictMine': 'Din tekst er bevaret i feltet og er ikke gemt.',
  'notes.conflictOther': 'Den anden udgave:',
  'notes.conflictDeleted': 'Noten er slettet på den anden enhed.',
  'notes.keepMine': 'Gem min tekst',
  'notes.useOther': 'Brug den anden udgave',
  'notes.failed': 'Noten kunne ikke gemmes',
  'notes.retry': 'Prøv igen',
  'notes.loadFailed': 'Dine noter kunne ikke hentes.',
  'offline.banner': 'Du er offline – du ser den gemte udgave',
};

const en: Record<keyof typeof da, string> = {
  notesTitle: 'My notes',
  'notes.intro': 'Only you can read your notes. They are saved automatically when you pause typing.',
  'notes.onItem': 'Note on the item',
  'notes.onAttachment': 'Note on attachment',
  'notes.saving': 'Saving …',
  'notes.saved': 'Saved',
  'notes.queued': 'Will be saved when you are online again',
  'notes.conflictHeading': 'The note was changed on another device',
  'notes.conflictMine': 'Your text is kept in the field and is not saved.',
  'notes.conflictOther': 'The other version:',
  'notes.conflictDeleted': 'The note was deleted on the other device.',
  'notes.keepMine': 'Save my text',
  'notes.useOther': 'Use the other version',
  'notes.failed': 'The note could not be saved',
  'notes.retry': 'Try again',
  'notes.loadFailed': 'Your notes could not be loaded.',
  'offline.banner': 'You are offline – you are seeing the saved copy',
};

export default { da, en };
