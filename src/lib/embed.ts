/**
 * Embeddable charts: the code a journalist pastes, and the two sides of the
 * height protocol. No imports, so the browser code (src/client/embed-*.ts) and
 * the host script served at /embed.js share these constants without pulling
 * anything else in.
 *
 * The protocol: inside the frame, src/client/embed-height.ts posts
 * `{ type: HEIGHT_MESSAGE, scene, height }` to its parent whenever its content
 * changes height. The host page's /embed.js (hostScript below) sets the height
 * of the iframe whose window sent it, if the message comes from the origin of
 * that iframe's src. When /embed.js loads after a frame has already reported,
 * it asks every frame of ours for its height again (PING_MESSAGE).
 */

/** Message types are namespaced, so they cannot be confused with another widget's. */
export const HEIGHT_MESSAGE = 'norway-prisons:embed-height';
export const PING_MESSAGE = 'norway-prisons:embed-ping';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  scene: string;
  /** The content's height in CSS pixels. */
  height: number;
}

/**
 * Height of the iframe before its content reports, when nothing better is
 * known (a typical chart at an article's width). Each chart's own code uses
 * its measured heights instead (FrameHeights, src/lib/embed-heights.ts).
 */
export const INITIAL_HEIGHT = 640;
/** The host never makes a frame taller than this, whatever it is told. */
export const MAX_HEIGHT = 6000;
/** …nor shorter than this: no chart of ours is, and a height of 0 would make the frame vanish. */
export const MIN_HEIGHT = 160;
/** Every embed lives under this path (src/lib/urls.ts embedPage()). */
export const EMBED_PATH = '/embed/';
/** The query parameter that opens an embed at one state: /embed/<scene>/?step=<state>. */
export const STEP_PARAM = 'step';

/**
 * The frame widths an embed's fallback height is measured at: a phone's
 * article column (a 360 px screen less the host's margins), a phone (where the
 * embed's drawing stops shrinking: narrower, it scrolls in its own box while
 * the text still wraps more) and an article column (the embed's widest: its
 * content stops growing at 40rem).
 */
export const NARROWEST_WIDTH = 320;
export const NARROW_WIDTH = 360;
export const WIDE_WIDTH = 640;

/** The content's height, in CSS px, in a frame NARROWEST_WIDTH, NARROW_WIDTH and WIDE_WIDTH wide. */
export interface FrameHeights {
  narrowest: number;
  narrow: number;
  wide: number;
}

/** Escape text for a double-quoted HTML attribute (and for element text). */
export function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The embed's address at one state (none: the whole chart, as it ends). */
export function embedSrc(src: string, state?: string): string {
  if (!state) return src;
  const url = new URL(src, 'https://x.invalid');
  url.searchParams.set(STEP_PARAM, state);
  return /^[a-z]+:/i.test(src) ? url.href : `${url.pathname}${url.search}`;
}

/**
 * The frame's height as CSS, for hosts without /embed.js: between two
 * measured widths the content's height is close to a straight line in the
 * frame's width, so the height is the upper of two lines, each held within
 * its own stretch: from 320 to 360 px (the text wraps less as the frame
 * widens; continued a little below 320) and from 360 to 640 px (the drawing
 * grows with the frame; flat above 640, where the content keeps its 40rem).
 * The frame's width is read in container query units of the wrapper the
 * code puts round it.
 */
export function fallbackHeightCss({ narrowest, narrow, wide }: FrameHeights): string {
  const line = (w1: number, h1: number, w2: number, h2: number) => {
    const slope = (h2 - h1) / (w2 - w1);
    return `calc(${round2(h1 - slope * w1)}px + ${round2(slope * 100)}cqw)`;
  };
  // The phone stretch, continued down to 280 px.
  const below = 2 * narrowest - narrow;
  const phone = `clamp(${Math.min(narrowest, narrow)}px, ${line(NARROWEST_WIDTH, narrowest, NARROW_WIDTH, narrow)}, ${Math.max(narrowest, below)}px)`;
  const column = `clamp(${Math.min(narrow, wide)}px, ${line(NARROW_WIDTH, narrow, WIDE_WIDTH, wide)}, ${Math.max(narrow, wide)}px)`;
  return `max(${phone}, ${column})`;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export interface EmbedCodeInput {
  /** Absolute URL of the embed page (with ?step= for one state). */
  src: string;
  /** Absolute URL of the host script (/embed.js). */
  script: string;
  /** The chart's title: the iframe's accessible name. */
  title: string;
  /** The content's measured heights; without them, INITIAL_HEIGHT at every width. */
  heights?: FrameHeights;
}

/**
 * The snippet a host page pastes: a full-width iframe and the script that keeps
 * its height equal to its content's. Without the script the frame still fits
 * its content at common widths: its height follows the width of the wrapper
 * (a size container) by the chart's measured heights (fallbackHeightCss),
 * and a host that drops style attributes still gets the height measured at
 * an article's width.
 */
export function embedCode({ src, script, title, heights }: EmbedCodeInput): string {
  const height = heights ? heights.wide : INITIAL_HEIGHT;
  const style = `border:0;width:100%${heights ? `;height:${fallbackHeightCss(heights)}` : ''}`;
  const frame =
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${Math.round(height)}" ` +
    `style="${style}" loading="lazy"></iframe>`;
  return `${heights ? `<div style="container-type:inline-size">${frame}</div>` : frame}\n<script src="${escapeAttr(script)}" async></script>`;
}

export interface HostConfig {
  height: string;
  ping: string;
  path: string;
  max: number;
  min: number;
}

const HOST_CONFIG: HostConfig = { height: HEIGHT_MESSAGE, ping: PING_MESSAGE, path: EMBED_PATH, max: MAX_HEIGHT, min: MIN_HEIGHT };

/**
 * The host page's side, served as /embed.js (src/pages/embed.js.ts writes its
 * source). Self-contained: it must not refer to anything outside its body.
 * Works with several embeds and several copies of the script on one page: the
 * listener is installed once; every copy asks the frames for their height.
 * It trusts only frames of its own site: the origin it was loaded from (other
 * sites' players live under /embed/ paths too), and heights within bounds.
 */
export function hostScript(w: Window, c: HostConfig): void {
  /** This script's own origin: the site whose embeds it sizes. */
  let own = '';
  try {
    const me = w.document.currentScript as HTMLScriptElement | null;
    own = me && me.src ? new URL(me.src, w.location.href).origin : '';
  } catch {
    own = '';
  }
  /** The origin of an iframe's src if it is one of our embeds, else ''. */
  const originOf = (f: HTMLIFrameElement): string => {
    try {
      const u = new URL(f.src, w.location.href);
      return own && u.origin === own && u.pathname.indexOf(c.path) === 0 ? u.origin : '';
    } catch {
      return '';
    }
  };
  /** Has the frame left about:blank? (Still blank: it reports its height itself once it loads.) */
  const loaded = (f: HTMLIFrameElement): boolean => {
    try {
      return f.contentWindow!.location.href !== 'about:blank';
    } catch {
      return true; // another origin's document: it has loaded
    }
  };
  const frames = (): HTMLIFrameElement[] => Array.prototype.slice.call(w.document.getElementsByTagName('iframe'));
  const flag = `__${c.height}`;
  const state = w as unknown as Record<string, boolean>;
  if (!state[flag]) {
    state[flag] = true;
    w.addEventListener('message', (e: MessageEvent) => {
      const d = e.data as { type?: unknown; height?: unknown } | null;
      if (!d || d.type !== c.height || typeof d.height !== 'number' || !(d.height >= 0)) return;
      for (const f of frames()) {
        if (!e.source || f.contentWindow !== e.source) continue;
        // Only the page the frame shows may size it, and only if it is ours.
        if (originOf(f) !== e.origin) return;
        const h = Math.max(c.min, Math.min(c.max, Math.ceil(d.height)));
        f.style.height = `${h}px`;
        f.setAttribute('height', String(h));
        return;
      }
    });
  }
  for (const f of frames()) {
    const origin = originOf(f);
    if (origin && f.contentWindow && loaded(f)) f.contentWindow.postMessage({ type: c.ping }, origin);
  }
}

/** The text of /embed.js: hostScript, called with the protocol's constants. */
export function hostScriptSource(): string {
  return `/* Norway's prisons: keeps each embedded chart as tall as its content. */\n(${hostScript.toString()})(window, ${JSON.stringify(HOST_CONFIG)});\n`;
}

/** Longest step label, in characters, before it is cut at a word. */
export const LABEL_MAX = 120;

/**
 * A step's short label from its text: the first sentence, cut at a word with
 * an ellipsis if still too long.
 */
export function shortLabel(text: string, max = LABEL_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  // A sentence ends at . ! or ? (maybe followed by a closing quote) before a space and a capital or an opening quote.
  const end = /[.!?][”’"')]?(?=\s+[A-Z“"‘(])/.exec(clean);
  const first = end ? clean.slice(0, end.index + end[0].length) : clean;
  if (first.length <= max) return first;
  const cut = first.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

export interface CreditSource {
  id: string;
  publisher: string;
  /** ISO date, a year, or "undated". */
  date: string;
}

export interface Credit {
  publisher: string;
  /** The publisher's years, in order ("undated" where a work has none), each with the ids of its sources. */
  works: Array<{ ids: string[]; year: string }>;
}

/**
 * An embed's source line: each publisher once, in order of first use, with
 * the years of its works ("Statistics Norway (SSB), 2013, 2016"), the way a
 * newspaper credits a chart. Not the story's footnote numbers, which mean
 * nothing on another site. A work with the same publisher and year as one
 * before it adds only its id (each source keeps an anchor on the line).
 */
export function creditLine(sources: readonly CreditSource[]): Credit[] {
  const credits: Credit[] = [];
  for (const s of sources) {
    const year = s.date === 'undated' ? 'undated' : s.date.slice(0, 4);
    let credit = credits.find((c) => c.publisher === s.publisher);
    if (!credit) credits.push((credit = { publisher: s.publisher, works: [] }));
    const work = credit.works.find((w) => w.year === year);
    if (work) work.ids.push(s.id);
    else credit.works.push({ ids: [s.id], year });
  }
  return credits;
}

/** The credit line as plain text, as the embed prints it: "Statistics Norway (SSB), 2013, 2016; Worldcrunch, 2011". */
export function creditText(sources: readonly CreditSource[]): string {
  return creditLine(sources).map((c) => [c.publisher, ...c.works.map((w) => w.year)].join(', ')).join('; ');
}

/** How long a consumer may cache an oEmbed answer, in seconds (a day: a correction reaches it soon). */
export const OEMBED_CACHE_AGE = 86_400;

/** An oEmbed 1.0 "rich" response (https://oembed.com/, section 2.3.4). */
export interface OEmbedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

/**
 * The oEmbed answer for a chart: its embed code as `html`, at an article's
 * width (WIDE_WIDTH) and the height measured there.
 */
export function oembedRich(input: {
  title: string;
  providerName: string;
  providerUrl: string;
  html: string;
  heights: FrameHeights;
  thumbnail?: { url: string; width: number; height: number };
}): OEmbedRich {
  const { title, providerName, providerUrl, html, heights, thumbnail } = input;
  return {
    type: 'rich',
    version: '1.0',
    title,
    provider_name: providerName,
    provider_url: providerUrl,
    cache_age: OEMBED_CACHE_AGE,
    html,
    width: WIDE_WIDTH,
    height: Math.round(heights.wide),
    ...(thumbnail ? { thumbnail_url: thumbnail.url, thumbnail_width: thumbnail.width, thumbnail_height: thumbnail.height } : {}),
  };
}
