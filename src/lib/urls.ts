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

/** A section's oEmbed answer (its first chart), found from the section page's discovery link. */
export const oembedFile = (slug: string): string => `/oembed/${slug}.json`;

/** The script a host page loads so an embed's height follows its content. */
export const EMBED_SCRIPT = '/embed.js';

/** Social card (1200 × 630 PNG) of a section, or of the whole story. */
export const cardImage = (slug?: string): string => `/cards/${slug ?? 'story'}.png`;

/**
 * A chart's image in one state (src/lib/image-size.ts): the PNG, its 2×
 * twin, or the SVG. Made after the build from the built embed page
 * (src/integrations/chart-images.ts); `npm run dev` has none.
 */
export const chartImage = (scene: string, state: string, kind: 'png' | 'png2x' | 'svg'): string =>
  `/images/${scene}/${state}${kind === 'png2x' ? '@2x.png' : `.${kind === 'png' ? 'png' : 'svg'}`}`;

/** A step's picture alone, unframed, for the still layout (SCENE_STILLS, src/components/SceneStills.astro). */
export const sceneStill = (scene: string, state: string): string => `/images/${scene}/${state}.still.webp`;

/**
 * What the images and social cards say (titles, step labels, sources, key
 * figures), handed from the pages' build to the step that draws them after
 * it (src/pages/images/plan.json.ts); that step deletes it. Not published.
 */
export const IMAGE_PLAN = '/images/plan.json';

/** Data downloads. `name` is "statistics" (everything), a chart's scene, or a statistic id. */
export const DATA_PAGE = '/data/';
export const dataFile = (name: string, format: 'csv' | 'json'): string => `/data/${name}.${format}`;

export const SOURCES_PAGE = '/sources/';
export const GLOSSARY_PAGE = '/glossary/';
export const glossaryEntry = (id: string): string => `/glossary/#${id}`;
export const TEACH_PAGE = '/teach/';
/** The printable handout; `search` (from src/lib/assignment.ts) picks sections. */
export const handoutPage = (search = ''): string => `/handout/${search}`;
/**
 * The presenter deck: one step at a time, full screen, for a classroom's
 * projector. The whole story, or a lesson plan's sections (`plan` is the
 * plan's id in the teachers' guide). A slide is named in the fragment
 * (src/lib/deck.ts), so a link can open on any slide.
 */
export const PRESENT_PAGE = '/present/';
/**
 * The deck's slides, a fragment its code fetches as it starts
 * (src/pages/partials/deck-slides.astro says why they are not in the page).
 * Under /partials/, where nothing is a page: no sitemap entry, no page gates.
 */
export const DECK_SLIDES = '/partials/deck-slides/';
/** Fragments fetched by a page's code: kind "partials" (pageKind), never pages in their own right. */
export const isPartial = (path: string): boolean => pageKind(path) === 'partials';
export const presentPage = (plan?: string): string => (plan ? `${PRESENT_PAGE}?plan=${encodeURIComponent(plan)}` : PRESENT_PAGE);
/** The handout's answer key, for teachers: a page of its own, so the student handout never carries an answer. */
export const answerKeyPage = (search = ''): string => `/handout/answer-key/${search}`;
/** A student's answers to the discussion questions, kept on their device, to print. */
export const MY_ANSWERS_PAGE = '/my-answers/';
/**
 * The id of the answer box for a section's discussion question (0-based
 * `index`), on the story and on /my-answers/; also its localStorage key.
 */
export const answerId = (slug: string, index: number): string => `answer-${slug}-${index + 1}`;
export const CORRECTIONS_PAGE = '/corrections/';
export const correctionAnchor = (id: string): string => `/corrections/#${id}`;
export const CORRECTIONS_FEED = '/corrections/feed.xml';
/** What the class service keeps, and for how long. */
export const PRIVACY_PAGE = '/privacy/';
export const privacyPage = (): string => PRIVACY_PAGE;
/** A class's results for its teacher (rendered by the service); the key follows in the fragment. */
export const classPage = (code: string): string => `/class/${code}/`;

/**
 * What kind of page lives at a path, the one answer every part of the site
 * uses (budgets, headers, tests, which boxes a figure shows): "story" for the
 * scrolling story at `/`, "section" for a section's own page, "embed" for a
 * chart made to be framed, "present" for the presenter deck, "404", "partials" for fragments
 * a page's code fetches (isPartial), and otherwise the page's first path
 * segment ("teach", "glossary", "data"…). Works on URL paths and on built
 * file paths alike (`/teach/index.html`).
 */
export type PageKind = 'story' | 'section' | 'embed' | 'present' | '404' | (string & {});
export function pageKind(path: string): PageKind {
  if (path === '/' || path === '/index.html') return 'story';
  if (path === '/404.html' || path === '/404/') return '404';
  const first = (path.split('/')[1] ?? '').replace(/\.html$/, '');
  return first === 'story' ? 'section' : first;
}

/** Pages that carry their own numbered list of sources (ids "source-<id>"). */
const HAS_SOURCE_LIST = (path: string) => ['story', 'section', 'embed', 'sources'].includes(pageKind(path));

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
