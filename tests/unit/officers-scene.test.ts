/**
 * The officers scene shows what a reader should see: GUARD struck through and
 * OFFICER written in a place of its own, the job changing (a guard outside the
 * fence, then officers among the prisoners), and initial training on one axis
 * in months, read from the records. And it changes cleanly: what arrives where
 * something else leaves waits until that has gone, and an absent bar paints
 * nothing.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { formatStat } from '../../src/lib/format';
import { parseKeyframes, valueAt } from '../../src/lib/keyframes';
import { EXIT_SECONDS } from '../../src/lib/tokens';
import type { Story } from '../../src/server/story';
import { renderScene } from '../helpers/render-scene';
import Officers from '../../src/scenes/officers/Officers.astro';
import { SCENES } from '../../src/scenes/registry';

vi.mock('astro:content', () => import('../helpers/astro-content-mock'));

const states = SCENES.officers.states;
type State = (typeof states)[number];
let story: Story;
let svg: SVGSVGElement;

beforeAll(async () => {
  ({ story, svg } = await renderScene(Officers, { title: 'Officers', alt: 'From guard to officer' }));
});

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const attr = (el: Element, name: string) => Number(el.getAttribute(name));
const p = (el: Element, state: State) => valueAt(parseKeyframes(el.getAttribute('data-fx')!, states), states.indexOf(state));

/** Visibility (0–1) of an element in a state: the product over it and its animated ancestors (dim keeps 22%, as fx.css does). */
function visibility(el: Element, state: State): number {
  let v = 1;
  for (let e: Element | null = el; e && e !== svg; e = e.parentElement) {
    if (!e.hasAttribute('data-fx')) continue;
    v *= e.getAttribute('data-effect') === 'dim' ? 0.22 + 0.78 * p(e, state) : p(e, state);
  }
  return v;
}
const texts = () => [...svg.querySelectorAll('text')];
const visibleTexts = (state: State) => texts().filter((t) => visibility(t, state) > 0).map(textOf);

describe('the officers scene', () => {
  it('strikes GUARD through and writes OFFICER on a line of its own', () => {
    const guard = texts().find((t) => textOf(t) === 'GUARD')!;
    const letters = texts().filter((t) => t.classList.contains('word--officer'));
    expect(letters.map(textOf).join('')).toBe('OFFICER');
    const size = 42;
    for (const l of letters) expect(Math.abs(attr(l, 'y') - attr(guard, 'y')), 'OFFICER is a full line away from GUARD').toBeGreaterThanOrEqual(size);
    const strike = svg.querySelector('path.strike')!;
    expect(strike.getAttribute('data-effect')).toBe('draw');
    expect(p(strike, 'guard')).toBe(0);
    expect(p(strike, 'officer')).toBe(1);
    // GUARD stays, faded, under its strike; OFFICER is absent until "officer".
    expect(visibleTexts('guard')).toContain('GUARD');
    const guardGroup = guard.closest('[data-effect="dim"]')!;
    expect(visibility(guard, 'guard')).toBe(1);
    expect(visibility(guard, 'officer'), 'struck through and faded back, still legible').toBeCloseTo(0.22, 2);
    expect(guardGroup.contains(strike)).toBe(false);
    for (const l of letters) expect(visibility(l, 'guard')).toBe(0);
  });

  it('shows the job changing: a guard outside the fence, then officers among the prisoners', () => {
    const guardFigure = svg.querySelector('.person--guard')!;
    const officers = [...svg.querySelectorAll('.person--officer')];
    const prisoners = [...svg.querySelectorAll('.person--prisoner')];
    expect(officers).toHaveLength(3);
    expect(prisoners).toHaveLength(3);
    expect(visibility(guardFigure, 'guard')).toBe(1);
    expect(visibility(guardFigure, 'together')).toBe(0);
    for (const o of officers) {
      expect(visibility(o, 'officer')).toBe(0);
      expect(visibility(o, 'together')).toBe(1);
      expect(visibility(o, 'training'), 'the last state still shows the job').toBe(1);
    }
    for (const pr of prisoners) for (const s of states) expect(visibility(pr, s)).toBe(1);
    for (const label of ['eat together', 'volleyball', 'yoga']) {
      expect(visibleTexts('officer')).not.toContain(label);
      expect(visibleTexts('training')).toContain(label);
    }
  });

  it('puts the governor’s roles in his words', () => {
    const shown = visibleTexts('officer');
    expect(shown).toContain('In the governor’s words:');
    expect(shown).toContain('role models · coaches · mentors');
    expect(visibleTexts('guard')).not.toContain('role models · coaches · mentors');
  });

  it('draws both training records on one axis in months, with their labels and qualifiers', () => {
    const norway = svg.querySelector('rect[data-stat="krus-training-years"]')!;
    const us = svg.querySelector('rect[data-stat="us-training-months"]')!;
    expect(story.stat('krus-training-years').measure).toBe(story.stat('us-training-months').measure);
    const months = (id: string) => {
      const s = story.stat(id);
      const v = typeof s.value === 'number' ? s.value : s.value.max;
      return s.unit === 'years' ? v * 12 : v;
    };
    expect(attr(norway, 'x')).toBe(attr(us, 'x'));
    expect(attr(norway, 'width') / attr(us, 'width')).toBeCloseTo(months('krus-training-years') / months('us-training-months'), 3);
    const shown = visibleTexts('training').join(' | ');
    expect(shown).toContain(`Norway: ${formatStat(story.stat('krus-training-years'), 'full')} of paid study, ${formatStat(story.stat('krus-credits'), 'full')}`);
    expect(shown).toContain(`US: a few weeks, ${formatStat(story.stat('us-training-months'), 'full')}`);
    expect(formatStat(story.stat('us-training-months'), 'full')).toMatch(/^rarely more than/);
    expect(shown).toContain('set state by state');
    for (const s of ['guard', 'officer', 'together'] as const) expect(visibleTexts(s).join(' ')).not.toMatch(/Norway|US:/);
  });

  it('lets nothing arrive where something else is leaving until it has gone, in either direction', () => {
    const parts = [...svg.querySelectorAll('[data-place]')];
    const places = new Set(parts.map((e) => e.getAttribute('data-place')));
    expect([...places].sort()).toEqual(['left', 'top']);
    for (let i = 0; i < states.length; i++) {
      for (let j = 0; j < states.length; j++) {
        if (i === j) continue;
        const [from, to] = [states[i]!, states[j]!];
        for (const place of places) {
          const here = parts.filter((e) => e.getAttribute('data-place') === place);
          const leaving = here.filter((e) => p(e, to) < p(e, from));
          const arriving = here.filter((e) => p(e, to) > p(e, from));
          if (!leaving.length) continue;
          for (const e of arriving) {
            expect(Number(e.getAttribute('data-fx-delay') ?? 0), `${from} → ${to}: "${place}" part waits for the exit`).toBeGreaterThanOrEqual(EXIT_SECONDS);
          }
        }
      }
    }
  });

  it('fades every bar that grows, so an absent bar paints nothing at all', () => {
    const growing = [...svg.querySelectorAll('[data-effect^="grow"]')];
    expect(growing.length).toBeGreaterThan(0);
    for (const g of growing) {
      const fade = g.parentElement!.closest('[data-effect="fade"]')!;
      expect(fade, 'a fade around the bar').not.toBeNull();
      for (const s of states) if (p(g, s) === 0) expect(p(fade, s), `${s}: the bar's fade`).toBe(0);
    }
  });
});
