/**
 * The one inline script: it runs in <head> before first paint, marks that
 * JavaScript is on and applies the stored reading mode, or `mode=static` from
 * an assignment link (src/lib/assignment.ts; for this visit only, never stored
 * as the reader's own choice), so the page never changes layout after it
 * appears. The Content-Security-Policy allows it by its hash, computed from
 * this exact text (CONTENT_SECURITY_POLICY below), so the two can never drift apart.
 */
import { createHash } from 'node:crypto';
import { READING_MODE_KEY } from '../lib/tokens';

export const BOOT_SCRIPT =
  `var r=document.documentElement;r.classList.replace('no-js','js');` +
  `try{if(localStorage.getItem(${JSON.stringify(READING_MODE_KEY)})==='static')r.dataset.reading='static'}catch(e){}` +
  `var q=new URLSearchParams(location.search);if(q.get('mode')==='static')r.dataset.reading='static';` +
  // An embedded chart opened at a step (?step=…) is hidden until its code has drawn that step
  // (embed.css, src/client/embed-steps.ts): the server drew the final state, a twist among it.
  `if(q.has('step'))r.dataset.stepPending='';` +
  // The presenter deck opened at a slide (#room-3) shows nothing until its code has shown that
  // slide (present.css): the title slide, painted first otherwise, would flash in between.
  `if(location.hash)r.dataset.slidePending=''`;

export function bootScriptHash(): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}`;
}

/**
 * The policy every page carries in a <meta> tag, first in <head>: everything
 * from this site only, scripts from its files or by hash (the one inline
 * script above, nothing else: no 'unsafe-inline', no 'unsafe-eval'), styles
 * from its files only. frame-ancestors cannot be set from <meta>;
 * dist/_headers sets it (with the other security headers) for hosts that
 * read that file. Written here, not by Astro's CSP option, which also listed
 * seven hashes of its own scripts on every page, none of which any page runs
 * (0.5 KB of the story's HTML, which must fit in two round trips).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
  `script-src 'self' '${bootScriptHash()}'`,
  "style-src 'self'",
].join('; ');
