/** A failed request in words: the form's own text for a known status, else the API's message. */
import { describe, expect, it } from 'vitest';
import { ApiError, failureText } from '../../src/ui/api.ts';

const refused = (status: number) =>
  new ApiError(status, { error: 'x', message: `API says ${status}`, details: [] });

describe('failureText', () => {
  it.each([
    [refused(403), { 403: 'Du har ikke adgang.' }, 'Du har ikke adgang.'],
    [refused(409), { 403: 'Du har ikke adgang.', 409: 'Mødet er lukket.' }, 'Mødet er lukket.'],
    [refused(500), { 403: 'Du har ikke adgang.' }, 'API says 500'],
    [new TypeError('Failed to fetch'), { 403: 'Du har ikke adgang.' }, 'Failed to fetch'],
    ['odd', {}, 'odd'],
  ])('%s', (err, byStatus, text) => {
    expect(failureText(err, byStatus)).toBe(text);
  });
});
