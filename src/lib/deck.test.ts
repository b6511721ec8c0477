import { describe, expect, it } from 'vitest';
import { deckKey, handsRanges, keepSlides, planSections, slideIndex, textSize } from './deck';

describe('planSections', () => {
  it('keeps the order in which a plan first names each section, once each', () => {
    const plan = { steps: [{ sections: ['b', 'a'] }, { sections: [] }, { sections: ['a', 'c'] }, { sections: ['b'] }] };
    expect(planSections(plan)).toEqual(['b', 'a', 'c']);
  });
});

describe('slideIndex', () => {
  const ids = ['start', 'room-1', 'room-2', 'reoffending-hands'];
  it('finds the slide a fragment names, with or without its #', () => {
    expect(slideIndex(ids, '#room-2')).toBe(2);
    expect(slideIndex(ids, 'reoffending-hands')).toBe(3);
    expect(slideIndex(ids, '#room%2D1')).toBe(1);
  });
  it('opens on the first slide for no fragment, an unknown one or a broken one', () => {
    expect(slideIndex(ids, '')).toBe(0);
    expect(slideIndex(ids, '#room-9')).toBe(0);
    expect(slideIndex(ids, '#%E0%A4%A')).toBe(0);
  });
});

describe('deckKey', () => {
  const key = (key: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) =>
    deckKey({ key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods });
  it('steps with the arrows, Page Up/Down (what clickers send) and Space / Shift+Space', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((k) => key(k))).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => key(k))).toEqual(['prev', 'prev', 'prev']);
    expect(key(' ', { shiftKey: true })).toBe('prev');
    expect(key('Home')).toBe('first');
    expect(key('End')).toBe('last');
    expect(key('f')).toBe('fullscreen');
    expect(key('F', { shiftKey: true })).toBe('fullscreen');
  });
  it('leaves the browser its own shortcuts and every other key', () => {
    expect(key('f', { ctrlKey: true })).toBeUndefined();
    expect(key('ArrowLeft', { altKey: true })).toBeUndefined();
    expect(key('ArrowRight', { metaKey: true })).toBeUndefined();
    expect(key('Enter')).toBeUndefined();
    expect(key('Escape')).toBeUndefined();
  });
});

describe('textSize', () => {
  it('measures the words a reader sees, not the markup', () => {
    expect(textSize(`<p>${'a'.repeat(150)}<strong data-stat="x" class="stat">about 12 m²</strong></p>`)).toBe('m');
    expect(textSize(`<p>${'a'.repeat(140)}</p><!-- ${'b'.repeat(400)} -->`)).toBe('s');
    expect(textSize(`<p>${'a '.repeat(200)}</p>`)).toBe('l');
  });
});

describe('handsRanges', () => {
  it('splits the scale into equal quarters that cover it without a gap', () => {
    const r = handsRanges();
    expect(r.map((x) => x.text)).toEqual(['Under 25%', '25% to 50%', '50% to 75%', '75% or more']);
    expect(r[0]!.from).toBe(0);
    expect(r.at(-1)!.to).toBe(100);
    r.slice(1).forEach((x, i) => expect(x.from).toBe(r[i]!.to));
  });
});

describe('keepSlides', () => {
  it('keeps each deck part, in order, and drops the prose around them', () => {
    const html = '<p>Prose with a twist.</p><deck-part data-scene="a"><div data-slide>one</div></deck-part><h3>Next</h3><p>More.</p><deck-part data-scene="b"><figure></figure><div data-slide>two</div></deck-part><aside>x</aside>';
    const kept = keepSlides(html);
    expect(kept).toContain('<deck-part data-scene="a"><div data-slide>one</div></deck-part>');
    expect(kept.indexOf('data-scene="a"')).toBeLessThan(kept.indexOf('data-scene="b"'));
    expect(kept).not.toMatch(/Prose|Next|More|aside/);
  });
  it('keeps nothing from a section without slides', () => {
    expect(keepSlides('<p>Only prose.</p>')).toBe('');
  });
});
