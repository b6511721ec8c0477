/**
 * What loads when: one table of the code that can wait, so the story's first
 * load carries none of it. Each component that needs one of these includes
 * this module; it sets up only what the page has.
 * - near: when the first instance comes within a screen's height;
 * - idle: when the browser is idle;
 * - assign: only for a teacher's assignment link (?assign=…);
 * - now: as soon as this table has loaded (after first paint, or at once for an
 *   address that changes what the page shows: DeferredCode.astro).
 * A press on a control (`press`) before its code arrives is held and replayed.
 */
import { requestIdle } from './idle';
import { classServiceHere } from './service-here';
import { deferElement, whenNear } from './when-near';

interface Deferred {
  /** Elements whose presence on the page calls for the code. */
  on: string;
  load: () => Promise<unknown>;
  when: 'near' | 'idle' | 'assign' | 'now';
  /** A condition besides presence: the code is not loaded at all unless it holds. */
  only?: () => boolean;
  /** For custom elements with controls: the tag and the controls whose early presses are replayed. */
  element?: { tag: string; press: string };
}

const DEFERRED: Deferred[] = [
  // Copy buttons sit under citations and embed code, at the ends of pages.
  { on: 'copy-text', load: () => import('./copy-text'), when: 'near', element: { tag: 'copy-text', press: 'copy-text button' } },
  // A section's links are plain links until their code arrives (copy, or share).
  { on: 'copy-link', load: () => import('./copy-link'), when: 'idle', element: { tag: 'copy-link', press: 'copy-link a[data-copy]' } },
  // The questions come at the end of each section.
  { on: 'self-check', load: () => import('./self-check'), when: 'near' },
  // The guess is in the sixth section; its slider is disabled until then, as without JavaScript.
  { on: 'guess-slider, guess-result', load: () => import('./guess-slider'), when: 'near' },
  // "How other readers guessed", where the class service runs (known without a request). Its
  // note is hidden until then, and a hidden element never comes near: watch the slider.
  { on: 'guess-slider', load: () => import('./guess-sharing'), when: 'near', only: classServiceHere },
  // "Print this handout" (the handouts, a reader's answers). Just after first paint, as it also
  // asks for the handout's step pictures, lazy until then, so they are in before anyone prints.
  { on: 'print-button', load: () => import('./print-button'), when: 'now', element: { tag: 'print-button', press: 'print-button button' } },
  // A section's "Embed this chart" box: its step picker (a step chosen before this arrives still counts).
  { on: 'embed-picker', load: () => import('./embed-picker'), when: 'near' },
  // A term is a link to its glossary entry until then; the popover opens for a
  // term already hovered or focused when the code arrives.
  { on: 'a.term', load: () => import('./glossary-term'), when: 'idle' },
  // "Report an error" quotes the reader's selection once this arrives; a plain mail link until then.
  { on: 'report-error', load: () => import('./report-error'), when: 'idle' },
  // An embedded chart's step controls: the chart is drawn complete by the server, so they wait
  // for first paint; an address with ?step= asks for them at once, the chart hidden until drawn.
  { on: 'embed-steps', load: () => import('./embed-steps'), when: 'now', element: { tag: 'embed-steps', press: 'embed-steps button' } },
  // An embed tells the page that frames it its height; a page not framed never loads this.
  { on: '[data-embed]', load: () => import('./embed-height'), when: 'now', only: () => window.parent !== window },
  // The teachers' assignment builder: a form that works without it (a plain GET to the story)
  // until it comes; boxes ticked before are read as it starts, and a press is replayed, "Use
  // this plan" under a lesson plan among them.
  { on: 'assignment-builder', load: () => import('./assignment-builder'), when: 'now', element: { tag: 'assignment-builder', press: 'assignment-builder button, [data-use-plan]' } },
  // "Run this with my class", only where the class service runs.
  // The presenter deck: its title slide is painted without it; it fetches the slides, and shows
  // the one the address names (at once for an address that names one: DeferredCode.astro).
  { on: 'present-deck', load: () => import('./present-deck'), when: 'now', element: { tag: 'present-deck', press: 'present-deck button' } },
  { on: 'class-setup', load: () => import('./class-setup'), when: 'now', only: classServiceHere, element: { tag: 'class-setup', press: 'class-setup button' } },
  { on: 'assignment-banner', load: () => import('./assignment-banner'), when: 'assign' },
  { on: 'handout-selection', load: () => import('./handout-selection'), when: 'assign' },
  // A class's assignment link (…&class=CODE): first answers go to the class's results.
  { on: 'class-link', load: () => import('./class-link'), when: 'assign', only: classServiceHere },
];

for (const d of DEFERRED) {
  const present = document.querySelectorAll(d.on);
  if (!present.length || (d.only && !d.only())) continue;
  if (d.element && d.when !== 'assign') deferElement(d.element.tag, d.element.press, d.load, d.when);
  else if (d.when === 'near') whenNear(present, d.load);
  else if (d.when === 'idle') requestIdle(() => void d.load());
  else if (d.when === 'now') void d.load();
  else if (new URLSearchParams(location.search).has('assign')) void d.load();
}
