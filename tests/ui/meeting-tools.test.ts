/** The meeting tools' pure logic: when absence is no longer reported, and how an attachment is shown. */
import { describe, expect, it } from 'vitest';
import { meetingIsOver, viewerKind } from '../../src/ui/meeting-tools-data.ts';

describe('meetingIsOver', () => {
  const end = '2025-04-09T12:00:00+02:00';
  it('is false before the end and without an end, true from the end on', () => {
    expect(meetingIsOver(end, Date.parse('2025-04-09T11:59:59+02:00'))).toBe(false);
    expect(meetingIsOver(end, Date.parse('2025-04-09T12:00:00+02:00'))).toBe(true);
    expect(meetingIsOver(end, Date.parse('2025-04-10T08:00:00+02:00'))).toBe(true);
    expect(meetingIsOver(undefined, Date.parse('2030-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('viewerKind', () => {
  it.each([
    ['application/pdf', 'pdf'],
    ['Application/PDF; charset=binary', 'pdf'],
    ['image/png', 'image'],
    ['image/jpeg', 'image'],
    ['image/gif', 'image'],
    ['image/webp', 'image'],
    // SVG can carry script: never shown in the page.
    ['image/svg+xml', 'other'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'other'],
    ['text/html; charset=utf-8', 'other'],
    ['', 'other'],
    [null, 'other'],
  ] as const)('%s → %s', (type, kind) => {
    expect(viewerKind(type)).toBe(kind);
  });
});
