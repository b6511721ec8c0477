/**
 * Components rendered with Astro's container API, against the real content:
 * what a reader would see in the HTML.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import Cite from '../../src/components/Cite.astro';
import Definitions from '../../src/components/Definitions.astro';
import SceneData from '../../src/components/SceneData.astro';
import SourcesList from '../../src/components/SourcesList.astro';
import Stat from '../../src/components/Stat.astro';
import Step from '../../src/components/Step.astro';
import { loadStory } from '../../src/server/story';

vi.mock('astro:content', () => import('../helpers/astro-content-mock'));

let astro: AstroContainer;
beforeAll(async () => {
  astro = await AstroContainer.create();
});

/** Rendered HTML without the dev-only data-astro-source-* attributes. */
const container = {
  async renderToString(...args: Parameters<AstroContainer['renderToString']>): Promise<string> {
    return (await astro.renderToString(...args)).replace(/ data-astro-source-(file|loc)="[^"]*"/g, '');
  },
};

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

describe('<Stat>', () => {
  it('shows the value from the data with a numbered link to its source', async () => {
    const story = await loadStory();
    const n = story.citations.get('worldcrunch');
    const html = await container.renderToString(Stat, { props: { id: 'halden-cell-area' } });
    expect(text(html)).toBe(`about 12 m²${n}`);
    // On the story page (the container renders at "/"), footnotes point to its own list.
    expect(html).toContain('href="#source-worldcrunch"');
    expect(html).toContain(`aria-label="Source ${n}: Worldcrunch"`);
  });

  it('has a short form without the qualifier', async () => {
    const html = await container.renderToString(Stat, { props: { id: 'halden-cell-area', format: 'short' } });
    expect(text(html)).toMatch(/^12 m²\d+$/);
  });

  it('gives the year a figure describes, from the same record, without a second footnote', async () => {
    const html = await container.renderToString(Stat, { props: { id: 'halden-places-2023', format: 'when' } });
    expect(text(html)).toBe('2023');
    expect(html).not.toContain('<sup');
  });

  it('flags an unverified figure', async () => {
    const html = await container.renderToString(Stat, { props: { id: 'hoidal-claim-5y' } });
    expect(text(html)).toMatch(/^about 25% \(unverified\)\d+$/);
  });

  it('fails loudly for an id that is not in the data', async () => {
    await expect(container.renderToString(Stat, { props: { id: 'no-such-stat' } })).rejects.toThrow(/Unknown statistic "no-such-stat"/);
  });
});

describe('footnotes and sources', () => {
  it('numbers sources in order of first citation, and lists each once', async () => {
    const story = await loadStory();
    const numbers = [...story.citations.values()];
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    // The order itself, read off the story by a person: the opening's step cites the wall
    // (Dagbladet), its prose the opening year and capacity (Time), the Ombudsman, MoMA, the
    // NYT, the Guardian, the 21-year maximum (Library of Congress) and the BBC (the
    // opening names the fall in re-offending without its figure, which section 6 asks the
    // reader to guess); the cell section then starts with Worldcrunch and LegalClarity.
    expect([...story.citations.keys()].slice(0, 10)).toEqual([
      'dagbladet-2021', 'time-2010', 'sivilombudet-2024', 'moma-2014', 'nyt-2015', 'guardian-2012',
      'loc-2011', 'bbc-2019', 'worldcrunch', 'legalclarity',
    ]);
    const html = await container.renderToString(SourcesList);
    for (const [id, n] of story.citations) {
      const at = html.indexOf(`id="source-${id}"`);
      expect(at, id).toBeGreaterThan(-1);
      expect(html.indexOf(`id="source-${id}"`, at + 1), `${id} listed twice`).toBe(-1);
      expect((html.slice(0, at).match(/<li /g) ?? []).length, `position of ${id}`).toBe(n);
    }
  });

  it('links each source to its original publisher, and marks copies', async () => {
    const html = await container.renderToString(SourcesList);
    expect(html).toContain('href="https://www.bbc.com/news/stories-48885846"');
    expect(text(html)).toContain('BBC News, Emma Jane Kirby. How Norway turns criminals into good neighbours. 7 July 2019.');
    expect(html).toMatch(/id="source-kdi-2015"[\s\S]*?Copy of the original/);
  });

  it('cites a source by number', async () => {
    const n = (await loadStory()).citations.get('bbc-2019');
    const html = await container.renderToString(Cite, { props: { source: 'bbc-2019' } });
    expect(text(html)).toBe(String(n));
  });

  it('defines every key statistic with its status and source', async () => {
    const story = await loadStory();
    const html = await container.renderToString(Definitions);
    const key = [...story.stats.values()].filter((s) => s.key);
    expect(key.length).toBeGreaterThan(10);
    for (const s of key) expect(html, s.id).toContain(`id="def-${s.id}"`);
    expect(text(html)).toContain('partly verified: secondary sources only');
  });
});

describe('<Step> and <SceneData>', () => {
  it('marks a step with its state and keeps its text', async () => {
    const html = await container.renderToString(Step, { props: { state: 'bed' }, slots: { default: '<p>A bed.</p>' } });
    expect(html).toContain('data-step');
    expect(html).toContain('data-state="bed"');
    expect(text(html)).toBe('A bed.');
  });

  it('builds the data table from the same records as the scene', async () => {
    const html = await container.renderToString(SceneData, { props: { scene: 'cells', title: 'Two cells', alt: 'Alt text here.' } });
    expect(text(html)).toContain('Alt text here.');
    expect(html).toContain('<caption>Two cells: the figures in this graphic</caption>');
    expect(html).toMatch(/data-stat="halden-cell-area"[\s\S]*?about 12 m²/);
    expect(html).toMatch(/data-stat="us-cell-area"[\s\S]*?about 4\.5 m²/);
    expect(html).toMatch(/partly verified/);
  });
});
