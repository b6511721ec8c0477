/**
 * Every scene, rendered by its real component: a scene is a function of its
 * step. Showing state T gives the same DOM whichever state came before, by a
 * jump or by an interrupted tween, and clearing returns the server-rendered
 * final state that readers without JavaScript see.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SceneRenderer } from '../../src/client/scene-renderer';
import type { TweenHandle, Tweener } from '../../src/client/tweener';
import { parseKeyframes, valueAt } from '../../src/lib/keyframes';
import { CATALOG } from '../../src/scenes/catalog';
import { SCENES, type SceneName } from '../../src/scenes/registry';

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
    expect(svg.querySelector('title')?.textContent).toBe(`Title of ${name}`);
    expect(svg.querySelector('desc')?.textContent).toBe(`Alt of ${name}`);
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

  it('clears back to the server-rendered final state', () => {
    const { root, renderer } = mount(name);
    const server = root.innerHTML;
    renderer.show(0, 'set');
    renderer.clear();
    expect(root.innerHTML).toBe(server);
  });
});
