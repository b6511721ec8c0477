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

/** Height of the iframe before its content reports (a typical chart at a phone's width). */
export const INITIAL_HEIGHT = 640;
/** The host never makes a frame taller than this, whatever it is told. */
export const MAX_HEIGHT = 6000;
/** …nor shorter than this: no chart of ours is, and a height of 0 would make the frame vanish. */
export const MIN_HEIGHT = 160;
/** Every embed lives under this path (src/lib/urls.ts embedPage()). */
export const EMBED_PATH = '/embed/';

/** Escape text for a double-quoted HTML attribute (and for element text). */
export function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface EmbedCodeInput {
  /** Absolute URL of the embed page. */
  src: string;
  /** Absolute URL of the host script (/embed.js). */
  script: string;
  /** The chart's title: the iframe's accessible name. */
  title: string;
  height?: number;
}

/**
 * The snippet a host page pastes: a full-width iframe and the script that keeps
 * its height equal to its content's. Without the script the frame still works
 * at its initial height (and scrolls).
 */
export function embedCode({ src, script, title, height = INITIAL_HEIGHT }: EmbedCodeInput): string {
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${Math.round(height)}" ` +
    `style="border:0;width:100%" loading="lazy"></iframe>\n` +
    `<script src="${escapeAttr(script)}" async></script>`
  );
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
