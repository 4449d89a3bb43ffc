/** A refused upload beyond a quota is said in the reader's language, in the item editor and on a leaders' day. */
import { describe, expect, it } from 'vitest';
import { QUOTA_PROBLEMS } from '../../src/domain/upload-quota.ts';
import { ApiError } from '../../src/ui/api.ts';
import { DICTIONARIES, type MessageKey } from '../../src/ui/i18n.ts';
import { problemText } from '../../src/ui/item-editor-problems.ts';
import { uploadProblem } from '../../src/ui/leaders-day-files-data.ts';

const da = (key: MessageKey) => DICTIONARIES.da[key];
const refused = (problem: string) =>
  new ApiError(413, { error: 'quota_exceeded', message: 'quota', details: [{ path: 'file', problem }] });

describe('an upload beyond a quota', () => {
  it.each([
    [`${QUOTA_PROBLEMS.org} of 1.0 MB (1.0 MB used)`, 'organisationens lagerkvote er brugt op'],
    [`${QUOTA_PROBLEMS.daily} of 1.0 MB per person (1.0 MB uploaded in the last 24 hours)`, 'seneste døgn'],
  ])('%s', (problem, words) => {
    expect(problemText(da, problem)).toContain(words);
    expect(uploadProblem(da, refused(problem))).toContain(words);
  });

  it('leaves other problems as they were', () => {
    expect(problemText(da, 'too large')).toBe(da('editor.tooLarge'));
    expect(
      uploadProblem(da, new ApiError(413, { error: 'payload_too_large', message: 'x', details: [] })),
    ).toBe(da('leadersDay.fileTooLarge'));
  });
});
