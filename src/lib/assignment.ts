/**
 * Assignment links: a teacher's choice of sections and options, carried in the
 * story's URL, e.g. `/?assign=the-cell,does-it-work&mode=static&questions=1`.
 * Pure functions, shared by the builder on /teach/ and the banner on the story.
 *
 * Parsing never throws: whatever a link holds, the reader gets the story, and
 * anything not understood is listed in `ignored` for a polite note.
 * - `assign` is a comma-separated list of section slugs; it may also repeat
 *   (`assign=a&assign=b`), which is what the builder's no-JavaScript form
 *   submits. Items are trimmed and lower-cased; empty items (a stray comma)
 *   are dropped silently; unknown or malformed items are ignored. Sections come
 *   back in story order, each once.
 * - `mode` is `animated` or `static`; the first `mode` decides (as
 *   URLSearchParams.get, which the page's boot script also uses), any other is ignored.
 * - `questions` is `1`/`true` (show the discussion questions) or `0`/`false`.
 * - `class` is a class code (src/lib/classroom.ts): the student's first answers
 *   go, anonymously, to that class's results, where the class service runs.
 */
import { SLUG } from '../vocab/patterns';
import { parseClassCode } from './classroom';

export type AssignMode = 'animated' | 'static';

export interface Assignment {
  /** Was there any `assign` parameter at all (even empty)? Only then is it an assignment link. */
  present: boolean;
  /** Assigned section slugs, in story order, without duplicates. */
  sections: string[];
  mode: AssignMode | undefined;
  showQuestions: boolean;
  /** The class the answers go to, if the link names a valid code. */
  classCode: string | undefined;
  /** What was not understood, shortened for display: `assign` items as given, other parameters as `name=value`. */
  ignored: string[];
}

export interface AssignmentChoice {
  sections: readonly string[];
  mode?: AssignMode | undefined;
  showQuestions?: boolean | undefined;
  classCode?: string | undefined;
}

/** Items longer than this are not slugs; shown shortened. */
const MAX_ITEM = 60;
/** At most this many ignored values are reported (a pasted essay should not become a note). */
const MAX_IGNORED = 5;
/** No story has more sections than this; the rest of a runaway list is not examined. */
const MAX_ITEMS = 50;

/** Cut by characters as a reader sees them (grapheme clusters), never inside an emoji or an accent. */
const shorten = (s: string) => {
  const chars = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);
  return chars.length > 24 ? `${chars.slice(0, 23).join('')}…` : s;
};

export function parseAssignment(search: string, slugs: readonly string[]): Assignment {
  const params = new URLSearchParams(search);
  const known = new Set(slugs);
  const chosen = new Set<string>();
  const ignored: string[] = [];
  const ignore = (value: string) => {
    const v = shorten(value);
    if (ignored.length < MAX_IGNORED && !ignored.includes(v)) ignored.push(v);
  };

  const values = params.getAll('assign');
  const items = values.flatMap((v) => v.split(','));
  for (const raw of items.slice(0, MAX_ITEMS)) {
    const item = raw.trim().toLowerCase();
    if (!item) continue;
    if (item.length <= MAX_ITEM && SLUG.test(item) && known.has(item)) chosen.add(item);
    else ignore(raw.trim());
  }
  if (items.length > MAX_ITEMS) ignore(`${items.length - MAX_ITEMS} more items`);

  let mode: AssignMode | undefined;
  const modes = params.getAll('mode');
  modes.forEach((m, i) => {
    if (i === 0 && (m === 'animated' || m === 'static')) mode = m;
    else if (m !== mode) ignore(`mode=${m}`);
  });

  let showQuestions = false;
  const questions = params.getAll('questions');
  questions.forEach((q, i) => {
    const on = q === '1' || q === 'true';
    const off = q === '0' || q === 'false';
    if (i === 0 && (on || off)) showQuestions = on;
    else if (!(on && showQuestions) && !(off && !showQuestions)) ignore(`questions=${q}`);
  });

  let classCode: string | undefined;
  params.getAll('class').forEach((c, i) => {
    const code = parseClassCode(c);
    if (i === 0 && code) classCode = code;
    else if (!code || code !== classCode) ignore(`class=${c}`);
  });

  return {
    present: values.length > 0,
    sections: slugs.filter((s) => chosen.has(s)),
    mode,
    showQuestions,
    classCode,
    ignored,
  };
}

/** The query string for a choice (`?assign=…`), sections in story order; '' when none is chosen. */
export function assignmentSearch(choice: AssignmentChoice, slugs: readonly string[]): string {
  const picked = new Set(choice.sections);
  const sections = slugs.filter((s) => picked.has(s));
  if (!sections.length) return '';
  // Slugs are [a-z0-9-]: safe in a URL as they are, so the link stays short and readable.
  let search = `?assign=${sections.join(',')}`;
  if (choice.mode === 'static') search += '&mode=static';
  if (choice.showQuestions) search += '&questions=1';
  if (choice.classCode) search += `&class=${choice.classCode}`;
  return search;
}

/** The full link: the story's address (the site root) plus the choice. */
export function buildAssignmentLink(root: string, choice: AssignmentChoice, slugs: readonly string[]): string {
  const url = new URL(root);
  return `${url.origin}${url.pathname}${assignmentSearch(choice, slugs)}`;
}

/** localStorage key for the sections a student has finished in one assignment. */
export function assignmentKey(sections: readonly string[]): string {
  return `assignment:${sections.join(',')}`;
}

/** Finished slugs stored for an assignment, keeping only sections of that assignment. */
export function readFinished(raw: string | null, sections: readonly string[]): Set<string> {
  try {
    const list: unknown = JSON.parse(raw ?? '[]');
    if (Array.isArray(list)) return new Set(sections.filter((s) => list.includes(s)));
  } catch {
    // A damaged entry counts as nothing finished.
  }
  return new Set();
}
