/**
 * The one inline script: it runs in <head> before first paint, marks that
 * JavaScript is on and applies the stored reading mode, or `mode=static` from
 * an assignment link (src/lib/assignment.ts; for this visit only, never stored
 * as the reader's own choice), so the page never changes layout after it
 * appears. The Content-Security-Policy allows it by its hash, computed from
 * this exact text (astro.config.mjs), so the two can never drift apart.
 */
import { createHash } from 'node:crypto';
import { READING_MODE_KEY } from '../lib/tokens';

export const BOOT_SCRIPT =
  `var r=document.documentElement;r.classList.replace('no-js','js');` +
  `try{if(localStorage.getItem(${JSON.stringify(READING_MODE_KEY)})==='static')r.dataset.reading='static'}catch(e){}` +
  `if(new URLSearchParams(location.search).get('mode')==='static')r.dataset.reading='static'`;

export function bootScriptHash(): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}`;
}
