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
    [paths.year(), { view: 'year' }],
    [paths.wheel('CF'), { view: 'wheel', forum: 'CF' }],
    [paths.themePlan('CF'), { view: 'theme-plan', forum: 'CF' }],
    [paths.themes('LF'), { view: 'themes', forum: 'LF' }],
    [paths.leadersDays('LD'), { view: 'leaders-days', forum: 'LD' }],
    [paths.leadersDay('LD', 'd1'), { view: 'leaders-day', forum: 'LD', day: 'd1' }],
    [paths.workingGroups('KL'), { view: 'working-groups', forum: 'KL' }],
    [paths.workingGroup('KL', 'g1'), { view: 'working-group', forum: 'KL', group: 'g1' }],
    [paths.workProgramme('KL'), { view: 'work-programme', forum: 'KL', year: null }],
    [paths.workProgramme('KL', 2025), { view: 'work-programme', forum: 'KL', year: 2025 }],
    [paths.dashboard('CF'), { view: 'dashboard', forum: 'CF' }],
    ['/fora/KL/arbejdsprogram/25', { view: 'not-found' }],
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
