/**
 * What the printable handout needs to know about its pages beyond the story
 * itself: which glossary terms each section's printed pages use (its text,
 * its questions and their choices), so a handout of chosen sections carries
 * only their terms (src/lib/term-use.ts says what counts as a use).
 */
import { isStatFormat, renderStat } from '../lib/format';
import { mdxPlainText } from '../lib/mdx-text';
import { termsUsed } from '../lib/term-use';
import type { Section, Story } from './story';

/** Everything a section prints on the student handout, as plain text. */
function printedText(story: Story, section: Section): string {
  const stat = (id: string, format: string) => renderStat(story.stat(id), isStatFormat(format) ? format : 'full');
  const d = section.data;
  return [
    section.title,
    mdxPlainText(section.body, stat),
    ...d.discussion.map((q) => story.fill(q.q)),
    ...d.selfCheck.flatMap((c) => [c.q, ...c.choices.map((ch) => ch.text)].map(story.fill)),
  ].join('\n\n');
}

/** For each glossary term, the slugs of the sections whose printed pages use it, in story order. */
export function termSections(story: Story): Map<string, string[]> {
  const terms = [...story.glossary.values()];
  const uses = new Map(terms.map((t) => [t.id, [] as string[]]));
  for (const section of story.sections) {
    const marked = section.scan.terms.map((u) => u.attrs.strings.id ?? '');
    for (const id of termsUsed(printedText(story, section), terms, marked)) uses.get(id)?.push(section.data.slug);
  }
  return uses;
}
