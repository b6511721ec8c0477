/**
 * What the chart images and social cards say (src/server/image-plan.ts),
 * from the real content: every state of every chart, its step and source
 * line; every section's card with its drawing in a state that gives nothing
 * away, and its key figure never the answer to a guess.
 */
import { describe, expect, it, vi } from 'vitest';
import { creditText } from '../../src/lib/embed';
import { STORY_CARD, imagePlan } from '../../src/server/image-plan';
import { loadStory } from '../../src/server/story';
import { SCENES, revealOf, type SceneName } from '../../src/scenes/registry';
import { SCENE_CARDS, SCENE_STATS } from '../../src/scenes/stats';

vi.mock('astro:content', () => import('../helpers/astro-content-mock'));

const SITE = 'https://norway-prisons.example';

describe('the image plan', async () => {
  const story = await loadStory();
  const plan = imagePlan(story, SITE);

  it('has every state of every chart, in the registry’s order', () => {
    expect(plan.charts.map((c) => c.scene)).toEqual(story.charts.map((c) => c.scene));
    for (const chart of plan.charts) expect(chart.states.map((s) => s.state)).toEqual(SCENES[chart.scene].states);
  });

  it('labels each state with its step, as the embed numbers it', () => {
    const room = plan.charts.find((c) => c.scene === 'room')!;
    expect(room.states[0]!.step).toBe('Step 1 of 6: Picture a small room.');
    expect(room.states.every((s) => /^Step \d of 6: \S/.test(s.step ?? ''))).toBe(true);
  });

  it('credits each chart as its embed does, and names the licence, publisher and section page', () => {
    const rates = plan.charts.find((c) => c.scene === 'rates')!;
    const sources = [...new Set(SCENE_STATS.rates.map((id) => story.stat(id).source))].map((id) => story.source(id));
    expect(rates.source).toBe(`Sources: ${creditText(sources)}.`);
    expect(rates.url).toBe(`${SITE}/story/does-it-work/`);
    expect(plan.licence).toBe(story.site.licence.name);
    expect(plan.publisher).toBe(story.site.publisher);
  });

  it('gives every section a card with its drawing, and the story one of its own', () => {
    expect(plan.cards.map((c) => c.slug)).toEqual([...story.sections.map((s) => s.data.slug), STORY_CARD]);
    for (const card of plan.cards) expect(card.drawing, card.slug).toBeDefined();
    expect(plan.cards.at(-1)!.drawing).toEqual({ scene: 'room', state: 'window' });
    // The cell's figure is shown beside the US cell it is compared with.
    expect(plan.cards.find((c) => c.slug === 'the-cell')!.drawing).toEqual({ scene: 'cells', state: 'us' });
  });

  it('never shows a twist on a card: every card state comes before its scene’s reveal', () => {
    for (const [scene, state] of Object.entries(SCENE_CARDS) as Array<[SceneName, string]>) {
      const states: readonly string[] = SCENES[scene].states;
      expect(states, scene).toContain(state);
      const reveal = revealOf(scene);
      if (reveal) expect(states.indexOf(state), scene).toBeLessThan(states.indexOf(reveal));
    }
    expect(plan.cards.find((c) => c.slug === 'a-room-with-a-view')!.data.stat).toBeUndefined();
  });

  it('never puts the answer to a guess on a card as its key figure, and shows a figure with its meaning', () => {
    expect(plan.secrets).toContain('norway-reconviction-2005');
    for (const card of plan.cards) {
      if (card.stat) expect(plan.secrets, card.slug).not.toContain(card.stat);
      if (card.data.stat) expect(card.data.stat.label.length, card.slug).toBeGreaterThan(10);
    }
  });
});
