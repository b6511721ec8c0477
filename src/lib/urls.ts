/**
 * Every address the site publishes, in one place, so pages, cards, embeds,
 * citations, the sitemap and the tests cannot disagree about a URL. These are
 * permanent: a journalist's link or embed must keep working, so change a
 * pattern only with a redirect. All paths end in "/" (directory-style pages)
 * unless they name a file.
 */

/** The story, opened at one section. */
export const storyAnchor = (slug: string): string => `/#${slug}`;

/** A section's own page: the section alone, for linking and sharing. */
export const sectionPage = (slug: string): string => `/story/${slug}/`;

/** A chart ready to be framed by another site. */
export const embedPage = (scene: string): string => `/embed/${scene}/`;

/** The script a host page loads so an embed's height follows its content. */
export const EMBED_SCRIPT = '/embed.js';

/** Social card (1200 × 630 PNG) of a section, or of the whole story. */
export const cardImage = (slug?: string): string => `/cards/${slug ?? 'story'}.png`;

/** Data downloads. `name` is "statistics" (everything), a chart's scene, or a statistic id. */
export const DATA_PAGE = '/data/';
export const dataFile = (name: string, format: 'csv' | 'json'): string => `/data/${name}.${format}`;

export const SOURCES_PAGE = '/sources/';
export const CORRECTIONS_PAGE = '/corrections/';
export const correctionAnchor = (id: string): string => `/corrections/#${id}`;
export const CORRECTIONS_FEED = '/corrections/feed.xml';

/** Pages that carry their own numbered list of sources (ids "source-<id>"). */
const HAS_SOURCE_LIST = (path: string) => path === '/' || path === SOURCES_PAGE || path.startsWith('/story/') || path.startsWith('/embed/');

/**
 * Where a footnote to a source points from the page at `pagePath`: the page's
 * own source list when it has one, else the story's.
 */
export const sourceHref = (id: string, pagePath: string): string =>
  `${HAS_SOURCE_LIST(pagePath) ? '' : '/'}#source-${id}`;

/** An absolute URL on the published site (Astro's `site`, from SITE_URL). */
export function absolute(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('Astro `site` is not set (astro.config.mjs SITE_URL): absolute URLs need it.');
  return new URL(path, site).href;
}
