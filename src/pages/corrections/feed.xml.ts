/**
 * /corrections/feed.xml: an Atom feed of the corrections log, so newsrooms and
 * readers who cited the story hear when it changes. Built with `feed`.
 */
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { formatDay } from '../../lib/format';
import { loadStory } from '../../server/story';
import { CORRECTION_KIND_NAMES } from '../../schema/correction';
import { CORRECTIONS_FEED, CORRECTIONS_PAGE, absolute, correctionAnchor, sectionPage } from '../../lib/urls';

/** Noon UTC, so no time zone moves an entry to another day. */
const dayTime = (day: string) => new Date(`${day}T12:00:00Z`);

export const GET: APIRoute = async ({ site }) => {
  const story = await loadStory();
  const feed = new Feed({
    id: absolute(CORRECTIONS_PAGE, site),
    link: absolute(CORRECTIONS_PAGE, site),
    title: `Corrections and updates · ${story.site.shortTitle}`,
    description: `Every correction and update to “${story.site.title}”.`,
    language: 'en-GB',
    updated: dayTime(story.updated),
    copyright: story.site.byline,
    author: { name: story.site.byline, link: absolute('/', site) },
    feedLinks: { atom: absolute(CORRECTIONS_FEED, site) },
  });
  for (const c of [...story.corrections].reverse()) {
    const titles = c.sections.map((slug) => story.sections.find((s) => s.data.slug === slug)!.title);
    feed.addItem({
      id: absolute(correctionAnchor(c.id), site),
      link: absolute(correctionAnchor(c.id), site),
      title: `${CORRECTION_KIND_NAMES[c.kind]}, ${formatDay(c.date)}: ${titles.length ? titles.join('; ') : 'the whole story'}`,
      description: c.what,
      content: `<p>${escape(c.what)}</p><p><strong>Why:</strong> ${escape(c.why)}</p>${c.wording
        .map((w) => `<p>Before: <del>“${escape(w.before)}”</del><br>Now: <ins>“${escape(w.after)}”</ins></p>`)
        .join('')}${c.sections
        .map((slug, i) => `<p><a href="${absolute(sectionPage(slug), site)}">${escape(titles[i]!)}</a></p>`)
        .join('')}`,
      date: dayTime(c.date),
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
