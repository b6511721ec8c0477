/**
 * The glossary page and the <Term> markup, rendered with Astro's container API
 * against the real content: every term with its id, filled-in definition,
 * source number, related terms and first use, in the order of the file.
 */
import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import Term from '../../src/components/Term.astro';
import GlossaryPage from '../../src/pages/glossary/index.astro';
import { loadStory, type Story } from '../../src/server/story';

vi.mock('astro:content', () => import('../helpers/astro-content-mock'));

let html: string;
let story: Story;
let astro: AstroContainer;
beforeAll(async () => {
  astro = await AstroContainer.create();
  story = await loadStory();
  html = (await astro.renderToString(GlossaryPage, { request: new Request('https://norway-prisons.example/glossary/') })).replace(/ data-astro-source-(file|loc)="[^"]*"/g, '');
});

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** What a reader sees of an HTML fragment: its text, entities decoded, spaces collapsed. */
const text = (fragment: string) =>
  fragment.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!).replace(/\s+/g, ' ').trim();
/** The HTML of the entry with this id, up to the next entry. */
const entry = (id: string) => {
  const m = new RegExp(`<section class="glossary__entry" id="${id}"[\\s\\S]*?</section>`).exec(html);
  if (!m) throw new Error(`no entry with id="${id}"`);
  return m[0];
};
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('the glossary page', () => {
  const file = parseYaml(readFileSync('content/data/glossary.yaml', 'utf8')) as Array<{ id: string }>;

  it('lists every term of glossary.yaml, in the order of the file, each once', () => {
    const ids = [...html.matchAll(/<section class="glossary__entry" id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(file.map((t) => t.id));
    expect(ids.length).toBeGreaterThanOrEqual(11);
  });

  it('gives each term its heading and its definition with the statistics filled in', () => {
    for (const t of story.glossary.values()) {
      const e = entry(t.id);
      expect(e, t.id).toContain(`<h2 id="${t.id}-h">${escapeHtml(t.term)}</h2>`);
      expect(text(e), t.id).toContain(story.fill(t.definition));
    }
    expect(html).not.toContain('{{');
    // A definition with a token, checked against the value the data gives.
    expect(story.term('forvaring').definition).toContain('{{forvaring-extension}}');
    expect(text(entry('forvaring'))).toContain(story.fill('extended by {{forvaring-extension}} at a time'));
  });

  it('cites each definition’s source with its site-wide number, linking to the story’s list', () => {
    for (const t of story.glossary.values()) {
      const e = entry(t.id);
      if (!t.source) {
        expect(e, t.id).not.toContain('class="fn"');
        continue;
      }
      const n = story.citations.get(t.source);
      expect(n, t.id).toBeGreaterThan(0);
      expect(e, t.id).toContain(`<a href="/#source-${t.source}" aria-label="Source ${n}: ${escapeHtml(story.source(t.source).publisher)}">${n}</a>`);
    }
  });

  it('links related terms within the page and names the section that first uses each term', () => {
    for (const t of story.glossary.values()) {
      const e = entry(t.id);
      for (const see of t.see) expect(e, `${t.id} → ${see}`).toContain(`<a href="#${see}">${escapeHtml(story.term(see).term)}</a>`);
      const first = story.sections.find((s) => s.scan.terms.some((u) => u.attrs.strings.id === t.id));
      if (first) {
        const link = new RegExp(`First used in: <a href="/#${first.data.slug}">([\\s\\S]*?)</a>`).exec(e);
        expect(link, t.id).not.toBeNull();
        expect(text(link![1]!), t.id).toBe(first.title);
      }
    }
    expect(text(entry('parole'))).toContain('First used in: 21 years, and the fine print');
  });

  it('loads no script of its own', () => {
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
  });
});

describe('<Term>', () => {
  it('links to the glossary entry and is described by its definition, without the box’s own link', async () => {
    const out = (await astro.renderToString(Term, { props: { id: 'forvaring' }, slots: { default: 'preventive detention' } })).replace(/ data-astro-source-(file|loc)="[^"]*"/g, '');
    expect(out).toContain('<a class="term" href="/glossary/#forvaring" aria-describedby="term-forvaring-tip">preventive detention</a>');
    const tooltip = /<span class="term__tip" id="term-forvaring-tip" role="tooltip">([\s\S]*?)<\/span> <a class="term__more"/.exec(out);
    expect(text(tooltip![1]!)).toBe(`Preventive detention (forvaring). ${story.fill(story.term('forvaring').definition)}`);
    // Each figure in the definition carries the id of its record.
    expect(tooltip![1]).toContain(`extended by <span data-stat="forvaring-extension">${story.fill('extended by {{forvaring-extension}}').slice('extended by '.length)}</span>`);
    expect(out).toMatch(/<span class="term__pop" hidden>/);
    expect(out).toContain('<a class="term__more" href="/glossary/#forvaring" tabindex="-1">In the glossary</a>');
  });
});
