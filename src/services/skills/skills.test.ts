import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listActions } from '../actions/action-query.js';
import { changeStatus } from '../applications/applications.js';
import { buildBrief } from '../debriefs/brief.js';
import { saveDebrief } from '../debriefs/debriefs.js';
import { replanAll } from '../interviews/planning.js';
import { presentBrief } from '../present/present-debrief.js';
import { loadPolicy } from '../settings/settings.js';
import { debriefWorld, type DebriefWorld } from '../test/debrief-world.js';
import { addressSkill, listSkills } from './skills.js';

let w: DebriefWorld;
let northwind: number;
let round1: number;

beforeEach(async () => {
  w = debriefWorld('2026-03-06T16:00');
  northwind = await w.app('Northwind', 'Data Engineer');
  round1 = await w.held(northwind, {
    at: '2026-03-06T14:00',
    interviewers: ['Priya Shah <priya@northwind.example>'],
    topics: ['the data pipeline migration'],
  });
  await saveDebrief(w.ctx, round1, { overall: '3', gaps: ['system design', 'Kubernetes'] });
});
afterEach(async () => {
  await w.cleanup();
});

const gapActions = async () =>
  (await listActions(w.ctx, { status: 'all', application_id: northwind })).filter(
    (a) => a.kind === 'skill_gap',
  );

describe('a rejection keeps the skill gaps (issue 11, case 8)', () => {
  it('turns pending skill-gap actions into skills to build, not silently cancelled ones', async () => {
    w.at('2026-03-10T09:00');
    await changeStatus(w.ctx, northwind, 'rejected');
    const skills = await listSkills(w.ctx);
    expect(skills.map((s) => [s.skill, s.status, s.company, s.role])).toEqual([
      ['system design', 'open', 'Northwind', 'Data Engineer'],
      ['Kubernetes', 'open', 'Northwind', 'Data Engineer'],
    ]);
    expect((await gapActions()).map((a) => a.reason)).toEqual([
      'application rejected; kept in your skills to build',
      'application rejected; kept in your skills to build',
    ]);
    // Re-planning again keeps one entry per gap.
    await w.store.transaction(async (tx) =>
      replanAll(tx, w.ctx.now(), await loadPolicy(tx, 'America/Toronto')),
    );
    expect(await listSkills(w.ctx)).toHaveLength(2);
  });

  it('keeps them on withdrawal and ghosting too, but not for gaps already worked on', async () => {
    const [first] = await gapActions();
    const { markDone } = await import('../actions/actions.js');
    await markDone(w.ctx, first?.id ?? 0);
    await changeStatus(w.ctx, northwind, 'withdrawn');
    expect((await listSkills(w.ctx)).map((s) => s.skill)).toEqual(['Kubernetes']);
  });

  it('does not keep them when the application ends with an offer', async () => {
    await changeStatus(w.ctx, northwind, 'offer');
    await changeStatus(w.ctx, northwind, 'declined');
    expect(await listSkills(w.ctx)).toEqual([]);
  });

  it('shows open skills in every later brief, and a later debrief marks one addressed', async () => {
    await changeStatus(w.ctx, northwind, 'ghosted');
    const contoso = await w.app('Contoso', 'Data Engineer');
    const next = await w.scheduled(contoso, { at: '2026-03-12T10:00' });
    w.at('2026-03-11T18:00');
    const brief = presentBrief(await buildBrief(w.ctx, next), 'America/Toronto');
    expect(brief.skills_to_build.map((s) => [s.skill, s.status, s.company])).toEqual([
      ['system design', 'open', 'Northwind'],
      ['Kubernetes', 'open', 'Northwind'],
    ]);

    w.at('2026-03-12T12:00');
    const r = await saveDebrief(w.ctx, next, { overall: '3', addressed: ['System  design!'] });
    expect(r.addressedSkills.map((s) => s.skill)).toEqual(['system design']);
    expect((await listSkills(w.ctx)).map((s) => s.skill)).toEqual(['Kubernetes']);
    const addressed = await listSkills(w.ctx, { status: 'addressed' });
    expect(addressed[0]?.addressedNote).toBe(`addressed in the debrief of interview ${next}`);

    // Words that name no open skill save nothing, and say which words.
    await expect(
      saveDebrief(w.ctx, next, { improve: ['x'], addressed: ['cooking'] }),
    ).rejects.toThrow(/addressed names no open skill to build: "cooking"/);
    expect((await saveDebrief(w.ctx, next, { overall: '3' })).debrief.improve).toEqual([]);
  });

  it('marks a skill addressed by id, once', async () => {
    await changeStatus(w.ctx, northwind, 'rejected');
    const [s] = await listSkills(w.ctx);
    const first = await addressSkill(w.ctx, s?.id ?? 0, { note: 'took a course' });
    expect([first.status, first.addressedNote]).toEqual(['addressed', 'took a course']);
    w.at('2026-04-01T09:00');
    const again = await addressSkill(w.ctx, s?.id ?? 0, {});
    expect(again.addressedAt).toBe(first.addressedAt);
    await expect(addressSkill(w.ctx, 999, {})).rejects.toThrow(/skill 999/);
  });
});
