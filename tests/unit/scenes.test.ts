/**
 * Every scene, rendered by its real component: a scene is a function of its
 * step. Showing state T gives the same DOM whichever state came before, by a
 * jump or by an interrupted tween, and clearing returns the server-rendered
 * final state that readers without JavaScript see.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { COUNT_FPS, SceneRenderer } from '../../src/client/scene-renderer';
import type { TweenHandle, Tweener } from '../../src/client/tweener';
import { renderStat } from '../../src/lib/format';
import { parseKeyframes, valueAt } from '../../src/lib/keyframes';
import { loadStory } from '../../src/server/story';
import { CATALOG } from '../../src/scenes/catalog';
import { SCENES, revealOf, type SceneName } from '../../src/scenes/registry';

vi.mock('astro:content', () => import('../helpers/astro-content-mock'));

const html = new Map<SceneName, string>();
const names = Object.keys(SCENES) as SceneName[];

beforeAll(async () => {
  const container = await AstroContainer.create();
  for (const name of names) {
    const svg = await container.renderToString(CATALOG[name].Graphic, { props: { title: `Title of ${name}`, alt: `Alt of ${name}` } });
    html.set(name, `<figure data-scene="${name}">${svg}</figure>`);
  }
});

// Rendering .astro needs Node's environment, so the DOM is a happy-dom window of its own.
const document = new Window().document as unknown as Document;

function mount(name: SceneName): { root: HTMLElement; renderer: SceneRenderer } {
  document.body.innerHTML = html.get(name)!;
  const root = document.querySelector<HTMLElement>('[data-scene]')!;
  return { root, renderer: new SceneRenderer(root, SCENES[name].states) };
}

/** A tweener that holds every tween until flush(), so tests can interrupt them. */
function heldTweener() {
  const pending: Array<{ target: { p: number }; to: number; update(): void; done(): void; killed: boolean }> = [];
  const tweener: Tweener = {
    tween(target, to, { onUpdate, onDone }) {
      const t = { target, to, update: onUpdate, done: onDone, killed: false };
      pending.push(t);
      target.p = target.p + (to - target.p) / 2; // halfway, as if mid-flight
      onUpdate();
      const handle: TweenHandle = {
        kill() {
          if (!t.killed) {
            t.killed = true;
            onDone();
          }
        },
      };
      return handle;
    },
  };
  const flush = () => {
    for (const t of pending.splice(0)) {
      if (t.killed) continue;
      t.target.p = t.to;
      t.update();
      t.done();
    }
  };
  return { tweener, flush };
}

describe.each(names)('scene "%s"', (name) => {
  const states = SCENES[name].states;

  it('draws a labelled image with at least one animated part per state change', () => {
    const { root, renderer } = mount(name);
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(`Title of ${name}`);
    expect(svg.querySelector('title')?.textContent).toBe(`Title of ${name}`);
    const description = root.querySelector<HTMLElement>(`#${svg.getAttribute('aria-describedby')}`);
    if (revealOf(name)) {
      // Stepped through in the story, a scene with a twist keeps its description
      // (and its labels) from being read out ahead of the steps.
      expect(svg.hasAttribute('aria-describedby')).toBe(false);
      expect(svg.querySelector(':scope > g[aria-hidden="true"]')).not.toBeNull();
    } else {
      // Outside the drawing, so a drawing that skips rendering keeps it.
      expect(description?.hidden).toBe(true);
      expect(description?.textContent).toBe(`Alt of ${name}`);
      expect(svg.contains(description)).toBe(false);
    }
    for (let i = 1; i < states.length; i++) {
      const changes = renderer.parts.filter((p) => valueAt(p.frames, i) !== valueAt(p.frames, i - 1));
      expect(changes.length, `nothing changes from "${states[i - 1]}" to "${states[i]}"`).toBeGreaterThan(0);
    }
  });

  it('renders its final state on the server (what no-JS readers and print see)', () => {
    const { root } = mount(name);
    for (const el of root.querySelectorAll<HTMLElement>('[data-fx]')) {
      const final = valueAt(parseKeyframes(el.dataset.fx!, states), states.length - 1);
      expect(el.hasAttribute('data-off'), el.outerHTML.slice(0, 120)).toBe(final === 0);
    }
  });

  it('shows the same DOM for a state whatever state came before', () => {
    const reference = states.map((_, t) => {
      const { root, renderer } = mount(name);
      renderer.show(t, 'set');
      return root.innerHTML;
    });
    for (let from = 0; from < states.length; from++) {
      for (let t = 0; t < states.length; t++) {
        const { root, renderer } = mount(name);
        renderer.show(from, 'set');
        renderer.show(t, 'set');
        expect(root.innerHTML, `${states[from]} → ${states[t]}`).toBe(reference[t]);
        expect(root.dataset.state).toBe(states[t]);
      }
    }
  });

  it('restyles, on a change of state, only the parts that change', () => {
    const { root, renderer } = mount(name);
    renderer.show(0, 'set');
    for (let t = 1; t < states.length; t++) {
      const before = new Map(renderer.parts.map((p) => [p.el, p.el.style.getPropertyValue('--p')]));
      const spies = renderer.parts.map((p) => ({ el: p.el, spy: vi.spyOn(p.el.style, 'setProperty') }));
      renderer.show(t, 'set');
      const written = spies.filter((s) => s.spy.mock.calls.length > 0).map((s) => s.el);
      spies.forEach((s) => s.spy.mockRestore());
      const changed = renderer.parts.filter((p) => p.el.style.getPropertyValue('--p') !== before.get(p.el)).map((p) => p.el);
      expect(written, `${states[t - 1]} → ${states[t]}`).toEqual(changed);
      expect(root.dataset.state).toBe(states[t]);
    }
  });

  it('ends an interrupted tween in the same DOM as a jump', () => {
    const { root: ref, renderer: direct } = mount(name);
    direct.show(states.length - 1, 'set');
    const expected = ref.innerHTML;

    const { root, renderer } = mount(name);
    const { tweener, flush } = heldTweener();
    renderer.show(0, 'set');
    renderer.show(Math.floor(states.length / 2), 'tween', tweener); // interrupted midway…
    expect(root.hasAttribute('data-animating')).toBe(true);
    renderer.show(states.length - 1, 'tween', tweener); // …by a later step
    flush();
    expect(root.hasAttribute('data-animating')).toBe(false);
    expect(root.innerHTML).toBe(expected);
  });

  it('counts a figure up in place, ending where a jump would', () => {
    // The texts of the counted figures in each state, as a jump shows them.
    const textsAt = (t: number) => {
      const { root, renderer } = mount(name);
      renderer.show(t, 'set');
      return [...root.querySelectorAll<HTMLElement>('[data-count]')].map((el) => el.textContent);
    };
    const first = textsAt(0);
    // The first state in which a counted figure shows a number it did not at the start.
    const t = states.findIndex((_, i) => textsAt(i).some((text, j) => text !== first[j]));
    if (t < 0) return; // this scene counts nothing
    const finals = textsAt(t);

    const { root, renderer } = mount(name);
    const counted = [...root.querySelectorAll<HTMLElement>('[data-count]')];
    const nodes = counted.map((el) => el.firstChild);
    const { tweener, flush } = heldTweener();
    renderer.show(0, 'set');
    renderer.show(t, 'tween', tweener);
    // Midway a counted figure shows a number short of where it ends…
    expect(counted.some((el, i) => el.textContent !== finals[i])).toBe(true);
    flush();
    // …and ends there, written into the same text node: replacing the node rebuilt the
    // text's layout on every counted frame (11–17% of those scenes' frames missed, throttled).
    counted.forEach((el, i) => {
      expect(el.textContent).toBe(finals[i]);
      expect(el.firstChild, el.outerHTML.slice(0, 80)).toBe(nodes[i]);
    });
  });

  it('clears back to the server-rendered final state', () => {
    const { root, renderer } = mount(name);
    const server = root.innerHTML;
    renderer.show(0, 'set');
    renderer.clear();
    expect(root.innerHTML).toBe(server);
  });
});

describe('a counting figure', () => {
  it(`shows at most ${COUNT_FPS} numbers a second while it tweens, and always its last`, () => {
    // The US cell's area counts up as its plan joins Halden's.
    const us = SCENES.cells.states.indexOf('us');
    const { root: ref, renderer: direct } = mount('cells');
    direct.show(us, 'set');
    const final = ref.querySelector('.area--us')!.textContent;
    const { root, renderer } = mount('cells');
    // Frames 5 ms apart (200 a second), each a step further; GSAP's ticker calls onUpdate so.
    const tweens: Array<{ target: { p: number }; to: number; update(): void; done(): void }> = [];
    const tweener: Tweener = {
      tween(target, to, { onUpdate, onDone }) {
        tweens.push({ target, to, update: onUpdate, done: onDone });
        return { kill: () => undefined };
      },
    };
    let now = 1000;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      renderer.show(0, 'set');
      renderer.show(us, 'tween', tweener);
      const area = root.querySelector<HTMLElement>('.area--us')!;
      const tween = tweens.find((t) => renderer.parts.some((p) => p.el === area && p.live === t.target))!;
      const shown = new Set<string>();
      for (let frame = 1; frame <= 20; frame++) {
        now += 5;
        tween.target.p = frame / 20 - 0.001;
        tween.update();
        shown.add(area.textContent!);
      }
      // 100 ms of frames: the first number, then one every 1000 / COUNT_FPS ms at most.
      expect(shown.size).toBeLessThanOrEqual(1 + Math.floor(100 / (1000 / COUNT_FPS)));
      expect(shown.size).toBeGreaterThan(1);
      tween.target.p = tween.to;
      tween.update();
      tween.done();
      expect(area.textContent).toBe(final);
    } finally {
      clock.mockRestore();
    }
  });
});

// ── What the drawings claim ──────────────────────────────────────────────
// The tests above check how scenes change; these check what they show, from
// the server-rendered final state (what print and no-JS readers get).

/** The server-rendered scene, parsed. */
function drawing(name: SceneName): SVGSVGElement {
  document.body.innerHTML = html.get(name)!;
  return document.querySelector('svg')!;
}
const num = (el: Element, attr: string) => Number(el.getAttribute(attr));
const right = (el: Element) => num(el, 'x') + num(el, 'width');
const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the sentence scene', () => {
  const bars = (svg: SVGSVGElement, id: string) => [...svg.querySelectorAll(`rect[data-bar="${id}"]`)];
  const one = (svg: SVGSVGElement, id: string) => {
    const found = bars(svg, id);
    expect(found, `one bar "${id}"`).toHaveLength(1);
    return found[0]!;
  };

  it('starts forvaring extensions where the court’s time frame ends, not at the gravest-crimes maximum', async () => {
    const story = await loadStory();
    const svg = drawing('sentence');
    const frame = one(svg, 'forvaring-frame-max');
    const ordinary = one(svg, 'norway-max-term');
    const gravest = one(svg, 'norway-max-term-gravest');
    const x0 = num(frame, 'x');
    // The frame is drawn to scale: its length relative to the ordinary maximum's is the records' ratio.
    const value = (id: string) => {
      const v = story.stat(id).value;
      return typeof v === 'number' ? v : v.max;
    };
    expect((right(frame) - x0) / (right(ordinary) - x0)).toBeCloseTo(value('forvaring-frame-max') / value('norway-max-term'), 2);
    expect((right(gravest) - x0) / (right(ordinary) - x0)).toBeCloseTo(value('norway-max-term-gravest') / value('norway-max-term'), 2);
    const blocks = bars(svg, 'forvaring-extension').map((b) => num(b, 'x')).sort((a, b) => a - b);
    expect(blocks.length).toBeGreaterThan(2);
    expect(Math.abs(blocks[0]! - right(frame)), 'first extension block starts at the frame’s end').toBeLessThan(2);
    expect(Math.abs(blocks[0]! - right(gravest)), 'first extension block is not at the gravest-crimes mark').toBeGreaterThan(10);
    // Each block is one extension long, the next starting where the last ended.
    const step = (right(ordinary) - x0) * (value('forvaring-extension') / value('norway-max-term'));
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]! - blocks[i - 1]!).toBeCloseTo(step, 1);
  });

  it('draws the average time in prison on the maximum’s ruler, to scale, as a labelled sliver from its own step', async () => {
    const story = await loadStory();
    const svg = drawing('sentence');
    const stay = one(svg, 'norway-average-stay-2022');
    const ordinary = one(svg, 'norway-max-term');
    const x0 = num(ordinary, 'x');
    expect(num(stay, 'x')).toBe(x0);
    const record = story.stat('norway-average-stay-2022');
    expect(record.unit).toBe('months');
    expect(record.measure).toBe(story.stat('norway-max-term').measure);
    const years = (record.value as number) / 12;
    expect(num(stay, 'width') / (right(ordinary) - x0)).toBeCloseTo(years / (story.stat('norway-max-term').value as number), 3);
    // A sliver, but one a phone still shows: more than two user units (about 2 px at 375 px).
    expect(num(stay, 'width')).toBeGreaterThan(2);
    expect(num(stay, 'width') * 20).toBeLessThan(right(ordinary) - x0);
    // Labelled beside it, on its own row, with what it is and its year.
    const label = [...svg.querySelectorAll('text')].find((t) => t.querySelector('[data-stat="norway-average-stay-2022"]'))!;
    expect(textOf(label)).toContain(`${renderStat(record, 'full')} · average time in prison (${record.year})`);
    expect(num(label, 'y')).toBeGreaterThan(num(stay, 'y'));
    expect(num(label, 'y')).toBeLessThan(num(stay, 'y') + num(stay, 'height'));
    // It arrives with its step, after parole and before the gravest crimes.
    const states = SCENES.sentence.states;
    const frames = parseKeyframes(stay.closest('[data-fx]')!.getAttribute('data-fx')!, states);
    expect(states.map((_, i) => valueAt(frames, i))).toEqual(states.map((st) => (states.indexOf(st) >= states.indexOf('average') ? 1 : 0)));
    expect(states.indexOf('average')).toBe(states.indexOf('parole') + 1);
  });

  it('draws only life without parole as open-ended among US sentences', () => {
    const svg = drawing('sentence');
    const width = svg.viewBox.baseVal?.width || Number(svg.getAttribute('viewBox')!.split(/\s+/)[2]);
    const us = [...svg.querySelectorAll('rect[data-bar^="us-"]')];
    expect(us.map((b) => b.getAttribute('data-bar')).sort()).toEqual(['us-life-2024', 'us-lwop-2024']);
    const open = us.filter((b) => right(b) >= width).map((b) => b.getAttribute('data-bar'));
    expect(open, 'US bars that run off the drawing').toEqual(['us-lwop-2024']);
    const marked = [...svg.querySelectorAll('[data-open]')].map((g) => g.getAttribute('data-open'));
    expect(marked.filter((id) => id!.startsWith('us-'))).toEqual(['us-lwop-2024']);
    // The life-or-virtual-life bar ends inside the ruler.
    const life = us.find((b) => b.getAttribute('data-bar') === 'us-life-2024')!;
    expect(right(life)).toBeLessThan(width - 40);
    // "No end date" is said of the LWOP bar's row only.
    const lwop = us.find((b) => b.getAttribute('data-bar') === 'us-lwop-2024')!;
    const noEnd = [...svg.querySelectorAll('text')].filter((t) => /no end/i.test(textOf(t)));
    expect(noEnd.length).toBeGreaterThan(0);
    for (const t of noEnd) {
      const y = num(t, 'y');
      expect(y, `"${textOf(t)}" sits on the life-without-parole bar`).toBeGreaterThanOrEqual(num(lwop, 'y'));
      expect(y).toBeLessThanOrEqual(num(lwop, 'y') + num(lwop, 'height'));
    }
  });
});

describe('the close scene', () => {
  it('draws three costs on one scale, each labelled with its record’s full label', async () => {
    const story = await loadStory();
    const svg = drawing('close');
    const rows = [...svg.querySelectorAll('[data-cost]')];
    const ids = rows.map((r) => r.getAttribute('data-cost'));
    expect(ids).toEqual(['halden-cost-per-place', 'ew-cost-cat-a', 'ew-cost-per-place']);
    expect(new Set(ids.map((id) => story.stat(id!).measure)).size).toBe(1);
    const label = (row: Element) =>
      [...row.querySelectorAll('text')].filter((t) => !t.hasAttribute('data-stat')).map(textOf).join(' ');
    for (const row of rows) expect(label(row)).toBe(story.stat(row.getAttribute('data-cost')!).label);
    const average = label(rows[2]!);
    expect(average).toContain('average');
    expect(average).toContain('all prisons');
    // Bar lengths follow the values.
    const bar = (row: Element) => row.querySelector('rect[data-stat]')!;
    const value = (id: string) => story.stat(id).value as number;
    expect(num(bar(rows[1]!), 'width') / num(bar(rows[0]!), 'width')).toBeCloseTo(value('ew-cost-cat-a') / value('halden-cost-per-place'), 2);
    expect(num(bar(rows[2]!), 'width') / num(bar(rows[0]!), 'width')).toBeCloseTo(value('ew-cost-per-place') / value('halden-cost-per-place'), 2);
  });
});

describe('the close scene, one idea at a time', () => {
  const states = SCENES.close.states;
  const ideas = (svg: SVGSVGElement) => [...svg.querySelectorAll(':scope > g[data-idea]')];
  const shownIn = (g: Element, i: number) => valueAt(parseKeyframes(g.getAttribute('data-fx')!, states), i) > 0;

  it('shows in every state its own idea and no other', () => {
    const svg = drawing('close');
    // Everything drawn belongs to one idea or another: nothing sits outside them.
    expect([...svg.children].filter((el) => !['title', 'desc'].includes(el.tagName.toLowerCase()) && !el.hasAttribute('data-idea'))).toEqual([]);
    for (const [i, state] of states.entries()) {
      const shown = ideas(svg).filter((g) => shownIn(g, i));
      expect(shown.length, state).toBeGreaterThan(0);
      for (const g of ideas(svg)) expect(shownIn(g, i), `${state}: ${g.getAttribute('data-idea')}`).toBe(g.getAttribute('data-idea')!.split(' ').includes(state));
    }
  });

  it('keeps every figure it shows traceable, each in the state that shows it', () => {
    const svg = drawing('close');
    const where = new Map<string, Set<string>>();
    for (const el of svg.querySelectorAll('[data-stat]')) {
      const idea = el.closest('[data-idea]')!.getAttribute('data-idea')!;
      where.set(el.getAttribute('data-stat')!, new Set([...(where.get(el.getAttribute('data-stat')!) ?? []), idea]));
    }
    expect(Object.fromEntries([...where].map(([id, s]) => [id, [...s]]))).toEqual({
      'ombudsman-lockin-19': ['lockin'],
      'ombudsman-lockin-22': ['lockin'],
      'cpt-minimum-out': ['lockin'],
      'halden-cost-per-place': ['cost'],
      'ew-cost-cat-a': ['cost'],
      'ew-cost-per-place': ['cost'],
      'nd-visit-year': ['borrowed'],
      'chester-cells': ['borrowed'],
    });
  });

  it('ends on the whole figure: your neighbour, and the question', () => {
    const svg = drawing('close');
    const last = states.length - 1;
    const finalText = ideas(svg).filter((g) => shownIn(g, last)).flatMap((g) => [...g.querySelectorAll('text')].map(textOf));
    expect(finalText).toEqual(expect.arrayContaining(['your neighbour', 'you', 'Should other countries copy Norway?']));
    expect(finalText.join(' ')).toContain('We are releasing your neighbour');
    // Server-rendered (what print and no-JS readers see): only the last idea is present.
    for (const g of ideas(svg)) expect(g.hasAttribute('data-off'), g.getAttribute('data-idea')!).toBe(!g.getAttribute('data-idea')!.split(' ').includes(states[last]!));
  });
});

describe('the rights scene, one idea at a time', () => {
  const states = SCENES.rights.states;
  const ideas = (svg: SVGSVGElement) => [...svg.querySelectorAll(':scope > g[data-idea]')];
  const shownIn = (g: Element, i: number) => valueAt(parseKeyframes(g.getAttribute('data-fx')!, states), i) > 0;
  const idea = (svg: SVGSVGElement, name: string) => ideas(svg).find((g) => g.getAttribute('data-idea') === name)!;

  it('shows in every state the checklist and at most one panel of its own', () => {
    const svg = drawing('rights');
    expect([...svg.children].filter((el) => !['title', 'desc'].includes(el.tagName.toLowerCase()) && !el.hasAttribute('data-idea'))).toEqual([]);
    for (const [i, state] of states.entries()) {
      const shown = ideas(svg).filter((g) => shownIn(g, i)).map((g) => g.getAttribute('data-idea')!);
      // The checklist, full size or as a column, is in every state; beside it, one panel at most.
      expect(shown.filter((d) => d.split(' ').length > 1), state).toHaveLength(1);
      expect(shown.filter((d) => d.split(' ').length === 1).length, state).toBeLessThanOrEqual(1);
      for (const g of ideas(svg)) expect(shownIn(g, i), `${state}: ${g.getAttribute('data-idea')}`).toBe(g.getAttribute('data-idea')!.split(' ').includes(state));
    }
  });

  it('keeps every figure traceable, each in the state that shows it', () => {
    const svg = drawing('rights');
    const where = new Map<string, Set<string>>();
    for (const el of svg.querySelectorAll('[data-stat]')) {
      const id = el.getAttribute('data-stat')!;
      where.set(id, new Set([...(where.get(id) ?? []), el.closest('[data-idea]')!.getAttribute('data-idea')!]));
    }
    expect(Object.fromEntries([...where].map(([id, s]) => [id, [...s]]))).toEqual({
      'reintegration-guarantee-year': ['release'],
      'us-disenfranchised-2024': ['us-vote'],
      'us-disenfranchised-community-share': ['us-vote'],
    });
  });

  it('draws the US count of people to scale, split by its own share, and gives the Norway side no squares', async () => {
    const story = await loadStory();
    const svg = drawing('rights');
    const us = idea(svg, 'us-vote');
    const chart = us.querySelector(':scope > g[data-stat="us-disenfranchised-2024"]')!;
    const squares = [...chart.querySelectorAll('rect')];
    const unit = Number(textOf([...us.querySelectorAll('text')].find((t) => /Each square/.test(textOf(t)))!).replace(/\D/g, ''));
    const total = story.stat('us-disenfranchised-2024');
    expect(total.unit).toBe('people');
    expect(squares.length * unit).toBe(Math.round((total.value as number) / unit) * unit);
    const community = squares.filter((s) => s.getAttribute('data-stat') === 'us-disenfranchised-community-share');
    expect(community.length / squares.length).toBeCloseTo((story.stat('us-disenfranchised-community-share').value as number) / 100, 1);
    // One statistic on the chart: no other record labels any part of it.
    expect(new Set([chart, ...chart.querySelectorAll('[data-stat]')].map((e) => e.getAttribute('data-stat')))).toEqual(new Set(['us-disenfranchised-2024', 'us-disenfranchised-community-share']));
    // Norway's side is a rule: no squares, no figures.
    const column = idea(svg, 'import release us-vote');
    expect(column.querySelectorAll('[data-stat]')).toHaveLength(0);
    const right = Math.max(...[...column.querySelectorAll('rect.card')].map((r) => num(r, 'x') + num(r, 'width')));
    for (const s of squares) expect(num(s, 'x')).toBeGreaterThan(right);
  });

  it('ends on the vote: Norway’s checklist with the vote kept, beside the US count', () => {
    const svg = drawing('rights');
    const last = states.length - 1;
    const finalText = ideas(svg).filter((g) => shownIn(g, last)).flatMap((g) => [...g.querySelectorAll('text')].map(textOf));
    expect(finalText).toEqual(expect.arrayContaining(['In Norway', 'Liberty', 'Vote', 'kept', 'School', 'Health care', 'Help on release', 'In the United States']));
    expect(finalText.join(' ')).toMatch(/could not vote in \d{4} because of a felony conviction/);
    // Server-rendered (what print and no-JS readers see): only the column and the vote.
    for (const g of ideas(svg)) expect(g.hasAttribute('data-off'), g.getAttribute('data-idea')!).toBe(!g.getAttribute('data-idea')!.split(' ').includes(states[last]!));
  });
});

describe('the reoffending scene', () => {
  const states = SCENES.reoffending.states;
  /** How visible an element is in state i: its own p times every animated ancestor's. */
  const shownAt = (el: Element, i: number) => {
    let p = 1;
    for (let e: Element | null = el; e && e.tagName.toLowerCase() !== 'svg'; e = e.parentElement) {
      const fx = e.getAttribute('data-fx');
      if (fx) p *= valueAt(parseKeyframes(fx, states), i);
    }
    return p;
  };
  const at = (state: string) => states.indexOf(state as (typeof states)[number]);

  it('carries the Nordic caveat in the Nordic panel, whenever the Nordic bars show', async () => {
    const story = await loadStory();
    const svg = drawing('reoffending');
    const caveat = svg.querySelector('[data-caveat]')!;
    expect(caveat).not.toBeNull();
    const expected = story.stat('denmark-reconviction-2005').caveat!;
    expect(expected).toMatch(/who each country sends to prison/);
    expect([...caveat.querySelectorAll('text')].map(textOf).join(' ')).toBe(expected);
    const bar = svg.querySelector('rect[data-stat="denmark-reconviction-2005"]')!;
    for (let i = 0; i < states.length; i++) expect(shownAt(caveat, i), states[i]).toBe(shownAt(bar, i));
    expect(shownAt(bar, at('nordic'))).toBe(1);
  });

  it('builds every row from its record’s follow-up, never from its label', async () => {
    const story = await loadStory();
    const svg = drawing('reoffending');
    const texts = [...svg.querySelectorAll('text')].map(textOf);
    for (const id of ['us-2012-prison-3y', 'us-2012-prison-5y', 'us-2012-arrest-3y', 'norway-charged-3y-2003']) {
      const f = story.stat(id).followUp!;
      expect(texts.some((t) => t.includes(`within ${f.years} years`))).toBe(true);
    }
    expect(texts).toContain(`${renderStat(story.stat('us-2012-prison-states'), 'full')} with data`);
  });

  it('shows one comparison at a time', () => {
    const svg = drawing('reoffending');
    const bars = [...svg.querySelectorAll('rect.bar[data-stat]')];
    const dials = (ids: string[]) => ids.map((id) => svg.querySelector(`[data-dial="${id}"]`)!);
    const norway = dials(['norway-reconviction-2005', 'norway-charged-3y-2003', 'norway-1980s-5y']);
    const us = dials(['us-2012-arrest-3y', 'us-2012-arrest-5y', 'us-2012-prison-3y', 'us-2012-prison-5y']);
    const shown = (els: Element[], state: string) => els.map((el) => shownAt(el, at(state)) > 0);
    const none = (els: Element[]) => els.map(() => false);
    const all = (els: Element[]) => els.map(() => true);
    expect(shown(bars, 'guess')).toEqual(none(bars));
    expect(shown(bars, 'reveal')).toEqual([true, false, false, false]);
    for (const state of ['guess', 'reveal', 'nordic']) {
      expect(shown(norway, state), state).toEqual(none(norway));
      expect(shown(us, state), state).toEqual(none(us));
    }
    expect(shown(bars, 'nordic')).toEqual(all(bars));
    expect(shown(bars, 'norway-measures')).toEqual(none(bars));
    expect(shown(norway, 'norway-measures')).toEqual(all(norway));
    expect(shown(us, 'norway-measures')).toEqual(none(us));
    expect(shown(bars, 'us-measures')).toEqual(none(bars));
    expect(shown(norway, 'us-measures')).toEqual(none(norway));
    expect(shown(us, 'us-measures')).toEqual(all(us));
  });

  it('puts only one measure on the shared axis, and every other measure on a dial of its own', async () => {
    const story = await loadStory();
    const svg = drawing('reoffending');
    const onAxis = [...svg.querySelectorAll('rect.bar[data-stat]')].map((b) => story.stat(b.getAttribute('data-stat')!).measure);
    expect(onAxis).toHaveLength(4);
    expect(new Set(onAxis).size).toBe(1);
    const dials = [...svg.querySelectorAll('[data-dial]')];
    expect(dials).toHaveLength(7);
    for (const dial of dials) {
      // Its own track and its own value arc: a separate instrument, not a row of a shared chart.
      expect(dial.querySelectorAll('path.dial-track')).toHaveLength(1);
      expect(dial.querySelectorAll('path.dial')).toHaveLength(1);
    }
    for (const panel of ['norway-measures', 'us-measures']) {
      const measures = [...svg.querySelectorAll(`[data-panel="${panel}"] [data-dial]`)].map((d) => story.stat(d.getAttribute('data-dial')!).measure);
      expect(new Set(measures).size, panel).toBe(measures.length);
    }
  });

  it('shows the guessed figure nowhere before the reveal, and the reader’s guess against it after', async () => {
    const story = await loadStory();
    const svg = drawing('reoffending');
    const answer = renderStat(story.stat('norway-reconviction-2005'), 'short');
    const textsIn = (state: string) => [...svg.querySelectorAll('text')].filter((t) => shownAt(t, at(state)) > 0).map(textOf);
    expect(textsIn('guess').filter((t) => t.includes(answer))).toEqual([]);
    expect(textsIn('reveal')).toContain(answer);
    const marker = svg.querySelector('.guess-marker')!;
    expect(shownAt(marker, at('guess'))).toBe(1);
    expect(shownAt(marker, at('reveal'))).toBe(1);
    expect(shownAt(marker, at('nordic'))).toBe(0);
    // The final state, all that print and no-JS readers see, shows no Norwegian figure.
    expect(textsIn('us-measures').filter((t) => t.includes(answer))).toEqual([]);
  });
});

describe.each(names)('scene "%s" traces every figure to its record', (name) => {
  it('marks every text that shows a number with data-stat, or as an axis tick', () => {
    const svg = drawing(name);
    const untraced: string[] = [];
    for (const text of svg.querySelectorAll('text')) {
      const walker = document.createTreeWalker(text, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!/\d/.test(node.textContent ?? '')) continue;
        let el: Element | null = node.parentElement;
        let traced = false;
        while (el && !traced) {
          traced = el.hasAttribute('data-stat') || el.classList.contains('tick');
          if (el === text) break;
          el = el.parentElement;
        }
        if (!traced) untraced.push(`"${node.textContent}" in "${textOf(text)}"`);
      }
    }
    expect(untraced, 'figures with no data-stat (or class="tick" for axis labels)').toEqual([]);
  });

  it('names only real statistics in data-stat', async () => {
    const story = await loadStory();
    const svg = drawing(name);
    for (const el of svg.querySelectorAll('[data-stat]')) expect(story.stats.has(el.getAttribute('data-stat')!)).toBe(true);
  });
});
