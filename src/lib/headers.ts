/**
 * The `_headers` file static hosts read (Netlify, Cloudflare Pages): parsing,
 * matching a path the way those hosts do, and the build step that makes the
 * embed pages, and only they, framable by other sites.
 *
 * On those hosts every rule whose pattern matches a path applies, and two
 * Content-Security-Policy headers are both enforced: a `/*` rule with
 * `frame-ancestors 'none'` would block every embed whatever an `/embed/*`
 * rule said. So the build moves that policy out of `/*` and writes it for each
 * kind of page by path (`/`, `/teach`, `/teach/*`, …), and a policy with
 * `frame-ancestors *` for `/embed/*`. Pure, so it is tested on its own.
 */
import { pageKind } from './urls.ts';

export interface HeaderRule {
  pattern: string;
  headers: Array<[name: string, value: string]>;
}

/** Rules in file order: a path line, then indented `Name: value` lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length) {
      const at = line.indexOf(':');
      if (at > 0) rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** Does a rule's pattern match a URL path? `*` matches anything (also "/" and nothing); `:name` one segment. */
export function matches(pattern: string, path: string): boolean {
  const re = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') && part.length > 1 ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${re}$`).test(path);
}

/** Every header a real host sends for a path: all matching rules, combined (names lower-cased). */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out.set(key, [...(out.get(key) ?? []), value]);
    }
  }
  return out;
}

/** The frame-ancestors sources of a policy, or undefined when it has none. */
export function frameAncestors(policy: string): string[] | undefined {
  const directive = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find((d) => d[0]?.toLowerCase() === 'frame-ancestors');
  return directive?.slice(1);
}

const CSP = 'content-security-policy';
/** The first path segment of every embed page (embedPage() in urls.ts). */
export const EMBED_SEGMENT = 'embed';

/**
 * The path patterns that cover a set of built pages: `/` and `/index.html`
 * for the story, a file at the top (`/404.html`) by its name, and a folder by
 * `/name` and `/name/*` (so `/teach`, `/teach/` and `/teach/index.html` all match).
 */
export function pagePatterns(paths: readonly string[]): string[] {
  const out = new Set<string>();
  for (const path of paths) {
    const segment = path.split('/')[1] ?? '';
    if (path === '/') out.add('/').add('/index.html');
    else if (!path.slice(1).includes('/')) out.add(path);
    else out.add(`/${segment}`).add(`/${segment}/*`);
  }
  return [...out];
}

/**
 * Rewrite `_headers` so the embed pages can be framed and no other page can.
 * `paths` are the URL paths of the built pages. Throws if the `/*` rule has
 * no frame-ancestors policy to move (then there would be nothing to protect with).
 */
export function withFrameRules(text: string, paths: readonly string[]): string {
  const lines = text.split('\n');
  let inAll = false;
  let policy: string | undefined;
  const kept = lines.filter((line) => {
    if (!/^\s/.test(line) && line.trim() && !line.trim().startsWith('#')) inAll = line.trim() === '/*';
    const at = line.indexOf(':');
    if (inAll && /^\s/.test(line) && at > 0 && line.slice(0, at).trim().toLowerCase() === CSP && frameAncestors(line.slice(at + 1))) {
      policy = line.slice(at + 1).trim();
      return false;
    }
    return true;
  });
  if (!policy) throw new Error('_headers: the /* rule has no Content-Security-Policy with frame-ancestors to move to the pages.');
  const embedPolicy = policy.replace(/frame-ancestors[^;]*/i, 'frame-ancestors *');
  const isEmbed = (p: string) => pageKind(p) === 'embed';
  const block = (pattern: string, value: string) => `${pattern}\n  Content-Security-Policy: ${value}\n`;
  const pages = pagePatterns(paths.filter((p) => !isEmbed(p)));
  return (
    `${kept.join('\n').trimEnd()}\n\n` +
    '# Added by the build (src/integrations/frame-headers.ts): hosts combine every\n' +
    '# matching rule, so framing is forbidden page by page rather than for /*,\n' +
    '# and allowed for the embeddable charts (/embed/*) alone.\n' +
    pages.map((p) => block(p, policy!)).join('\n') +
    (paths.some(isEmbed) ? `\n${block(`/${EMBED_SEGMENT}/*`, embedPolicy)}` : '')
  );
}
