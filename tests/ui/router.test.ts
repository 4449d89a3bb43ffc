/** The app's paths: each view's path is matched back to that view with its parameters. */
import { describe, expect, it } from 'vitest';
import { match, paths } from '../../src/ui/router.tsx';

describe('router', () => {
  it.each([
    [paths.home(), { view: 'home' }],
    [paths.forum('CF'), { view: 'forum', forum: 'CF' }],
    [paths.meeting('CF', 'm1'), { view: 'meeting', forum: 'CF', meeting: 'm1' }],
    [paths.item('i1'), { view: 'item', item: 'i1' }],
    [paths.approvals(), { view: 'approvals' }],
    [paths.newItem('CF'), { view: 'item-new', forum: 'CF' }],
    [paths.editItem('i1'), { view: 'item-edit', item: 'i1' }],
    [paths.builder('CF', 'm1'), { view: 'builder', forum: 'CF', meeting: 'm1' }],
    [paths.minuteTaking('CF', 'm1'), { view: 'minute-taking', forum: 'CF', meeting: 'm1' }],
    [paths.followUps(), { view: 'follow-ups', forum: null }],
    [paths.followUps('DIF'), { view: 'follow-ups', forum: 'DIF' }],
    [paths.caseTimeline('c1'), { view: 'case', caseId: 'c1' }],
    [paths.charterEditor('LF'), { view: 'charter-editor', forum: 'LF' }],
    ['/fora/Ø%2Fx', { view: 'forum', forum: 'Ø/x' }],
    ['/fora/CF/moeder/m1/andet', { view: 'not-found' }],
    ['/ukendt', { view: 'not-found' }],
  ])('%s', (path, route) => {
    expect(match(path)).toEqual(route);
  });

  it('encodes a segment so it cannot change the path', () => {
    expect(paths.forum('a/b')).toBe('/fora/a%2Fb');
  });
});
