/**
 * The cells scene shows what a reader should see: three floor plans at one
 * scale, the Ullersmo cell at its measured width and length, and every figure
 * on it read from the data and traceable to its record (data-stat).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { formatStat } from '../../src/lib/format';
import { parseKeyframes, valueAt } from '../../src/lib/keyframes';
import type { Story } from '../../src/server/story';
import { renderScene } from '../helpers/render-scene';
import Cells from '../../src/scenes/cells/Cells.astro';
import { SCENES } from '../../src/scenes/registry';

vi.mock('astro:content', () => import('../helpers/astro-content-mock'));

const states = SCENES.cells.states;
let story: Story;
let svg: SVGSVGElement;

beforeAll(async () => {
  ({ story, svg } = await renderScene(Cells, { title: 'Cells', alt: 'Three cells' }));
});

const num = (id: string) => {
  const v = story.stat(id).value;
  return typeof v === 'number' ? v : v.max;
};

/** A plan's floor as drawn: position and size in drawing units. */
function plan(name: string) {
  const rect = svg.querySelector(`rect[data-plan="${name}"]`);
  if (!rect) throw new Error(`no plan "${name}"`);
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(rect.getAttribute(a)));
  return { rect, x: x!, y: y!, w: w!, h: h! };
}

/** Visibility (0–1) of an element in a state: the product over it and its animated ancestors. */
function visibility(el: Element, state: (typeof states)[number]): number {
  let p = 1;
  for (let e: Element | null = el; e && e !== svg; e = e.parentElement) {
    const fx = e.getAttribute('data-fx');
    if (fx) p *= valueAt(parseKeyframes(fx, states), states.indexOf(state));
  }
  return p;
}

/** Text elements whose anchor point lies inside a plan. */
function labelsInside(name: string): string[] {
  const p = plan(name);
  return [...svg.querySelectorAll('text')]
    .filter((t) => {
      const x = Number(t.getAttribute('x'));
      const y = Number(t.getAttribute('y'));
      return x > p.x && x < p.x + p.w && y > p.y && y < p.y + p.h;
    })
    .map((t) => t.textContent!.trim());
}

describe('the cells scene', () => {
  it('draws Halden, the US cell and Ullersmo at one scale', () => {
    const halden = plan('halden');
    const us = plan('us');
    const ullersmo = plan('ullersmo');
    // Units per metre, from Halden's reported area (its shape is assumed, its area is not).
    const perMetre = Math.sqrt((halden.w * halden.h) / num('halden-cell-area'));
    expect(Math.sqrt((us.w * us.h) / num('us-cell-area'))).toBeCloseTo(perMetre, 0);
    // Ullersmo is drawn from its measured width and length, at the same units per metre…
    expect(ullersmo.w / perMetre).toBeCloseTo(num('ullersmo-cell-width'), 2);
    expect(ullersmo.h / perMetre).toBeCloseTo(num('ullersmo-cell-length'), 2);
    expect(ullersmo.w / ullersmo.h).toBeCloseTo(num('ullersmo-cell-width') / num('ullersmo-cell-length'), 3);
    // …so the drawn areas compare as the records do: Halden about twice Ullersmo (12 : 6).
    expect((halden.w * halden.h) / (ullersmo.w * ullersmo.h)).toBeCloseTo(num('halden-cell-area') / num('ullersmo-cell-area'), 2);
    // The three plans share a top edge, so depth compares by eye.
    expect(new Set([halden.y, us.y, ullersmo.y]).size).toBe(1);
  });

  it('adds Ullersmo at the "ordinary" step, with a bed and a desk and nothing it cannot show', () => {
    const { rect } = plan('ullersmo');
    for (const state of states) {
      expect(visibility(rect, state), state).toBe(states.indexOf(state) >= states.indexOf('ordinary') ? 1 : 0);
    }
    // We do not know whether Ullersmo's cells have a toilet: none is drawn or named.
    expect(labelsInside('ullersmo').sort()).toEqual(['Bed', 'Desk']);
    const name = [...svg.querySelectorAll('text')].find((t) => t.textContent!.includes('Ullersmo'))!;
    expect(name.textContent).toBe('Ullersmo, Norway');
  });

  it('writes the Halden-to-US ratio as the record formats it, a range', () => {
    const shown = svg.querySelectorAll('[data-stat="cell-area-ratio"]');
    expect(shown).toHaveLength(1);
    expect(shown[0]!.textContent).toBe(formatStat(story.stat('cell-area-ratio'), 'full'));
    expect(shown[0]!.closest('text')!.textContent).toBe(`${formatStat(story.stat('cell-area-ratio'), 'full')} as big`);
  });

  it('marks every figure it shows with the id of its record', () => {
    const areas: Array<[string, string]> = [
      ['halden-cell-area', 'halden'], ['us-cell-area', 'us'], ['ullersmo-cell-area', 'ordinary'],
    ];
    for (const [id, state] of areas) {
      const el = svg.querySelector(`[data-stat="${id}"]`);
      expect(el?.textContent, id).toBe(formatStat(story.stat(id), 'short'));
      // It counts up from zero when its plan arrives.
      expect(JSON.parse(el!.getAttribute('data-count')!).value).toBe(story.stat(id).value);
      expect(visibility(el!, state as (typeof states)[number])).toBe(1);
    }
    const age = [...svg.querySelectorAll('[data-stat="norway-prison-age-2015"]')].map((e) => e.textContent).join(' ');
    expect(age).toContain(formatStat(story.stat('norway-prison-age-2015'), 'full'));
    expect(age).toContain(String(story.stat('norway-prison-age-2015').year));

    // Any text with a digit in it shows a statistic, except the grid's legend.
    const legend = 'Grid: 1 m squares';
    for (const t of svg.querySelectorAll('text')) {
      if (!/\d/.test(t.textContent!) || t.textContent === legend) continue;
      if (t.hasAttribute('data-stat')) continue;
      // Otherwise each digit sits in a tspan that carries the id.
      const own = [...t.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('');
      expect(own, t.textContent!).not.toMatch(/\d/);
      for (const s of t.querySelectorAll('tspan')) {
        if (/\d/.test(s.textContent!)) expect(s.hasAttribute('data-stat'), s.textContent!).toBe(true);
      }
    }
  });
});
