import { describe, expect, it } from 'vitest';
import { DECK_SLIDES, absolute, isPartial, pageKind, presentPage, sectionPage, sourceHref } from './urls';

describe('sourceHref', () => {
  it('points to the page’s own source list on the story, a section page, sources and method, and an embed', () => {
    expect(sourceHref('bbc-2019', '/')).toBe('#source-bbc-2019');
    expect(sourceHref('bbc-2019', sectionPage('the-cell'))).toBe('#source-bbc-2019');
    expect(sourceHref('bbc-2019', '/sources/')).toBe('#source-bbc-2019');
    expect(sourceHref('bbc-2019', '/embed/cells/')).toBe('#source-bbc-2019');
  });
  it('points to the story’s list from pages without one', () => {
    expect(sourceHref('bbc-2019', '/glossary/')).toBe('/#source-bbc-2019');

  });
});

describe('absolute', () => {
  it('joins a path to the site address', () => {
    expect(absolute('/story/the-cell/', 'https://x.example')).toBe('https://x.example/story/the-cell/');
  });
  it('refuses to guess when the site address is not set', () => {
    expect(() => absolute('/', undefined)).toThrow(/SITE_URL/);
  });
});

describe('pageKind', () => {
  it('names every kind of page the site builds, from a URL path or a built file', () => {
    expect(pageKind('/')).toBe('story');
    expect(pageKind('/index.html')).toBe('story');
    expect(pageKind('/story/the-cell/')).toBe('section');
    expect(pageKind('/story/the-cell/index.html')).toBe('section');
    expect(pageKind('/embed/room/')).toBe('embed');
    expect(pageKind('/404.html')).toBe('404');
    expect(pageKind('/teach/')).toBe('teach');
    expect(pageKind('/data/statistics.csv')).toBe('data');
    expect(pageKind('/sources/')).toBe('sources');
    expect(pageKind('/present/')).toBe('present');
    expect(pageKind('/present/index.html')).toBe('present');
  });

  it('tells a partial, a fragment for a page\'s code, from the pages', () => {
    expect(isPartial(DECK_SLIDES)).toBe(true);
    expect(isPartial('/partials/deck-slides/index.html')).toBe(true);
    expect(isPartial('/present/')).toBe(false);
    expect(isPartial('/')).toBe(false);
    expect(isPartial('/story/partials/')).toBe(false);
  });
});

describe('presentPage', () => {
  it('is the whole story without a plan, and a plan\'s deck with one', () => {
    expect(presentPage()).toBe('/present/');
    expect(presentPage('numbers-behind-the-headline')).toBe('/present/?plan=numbers-behind-the-headline');
  });
});
