/**
 * schema.org data (JSON-LD) for search engines and citation tools: the story
 * and each section as an Article with its author, dates and image. A section
 * lists the sources it cites; the story lists its sections (hasPart), each
 * with its own page and its own list, rather than all 56 sources again: that
 * list was 1.3 KB of the story's compressed HTML, which must fit in two round
 * trips, and every source is on the page and on /sources/ anyway. Built from
 * the same records as the page.
 */
import type { Section, Source, Story } from './story';
import { absolute, cardImage, sectionPage } from '../lib/urls';

function creativeWork(s: Source) {
  return {
    '@type': 'CreativeWork',
    name: s.title,
    url: s.url,
    publisher: { '@type': 'Organization', name: s.publisher },
    ...(s.author ? { author: s.author } : {}),
    ...(s.date !== 'undated' ? { datePublished: s.date } : {}),
  };
}

export function articleLd(story: Story, site: URL | undefined, section?: Section): Record<string, unknown> {
  const author = { '@type': 'Organization', name: story.site.byline, url: absolute('/', site) };
  const storyUrl = absolute('/', site);
  return {
    '@type': 'Article',
    headline: section ? section.title : story.site.title,
    description: section ? section.summary : story.fill(story.site.description),
    url: section ? absolute(sectionPage(section.data.slug), site) : storyUrl,
    mainEntityOfPage: section ? absolute(sectionPage(section.data.slug), site) : storyUrl,
    image: absolute(cardImage(section?.data.slug), site),
    inLanguage: 'en-GB',
    author,
    publisher: author,
    datePublished: story.site.published,
    dateModified: section ? story.updatedOf(section) : story.updated,
    isAccessibleForFree: true,
    ...(section ? { isPartOf: { '@type': 'Article', headline: story.site.title, url: storyUrl } } : {}),
    ...(section
      ? { citation: story.sourcesOf(section).map((id) => creativeWork(story.source(id))) }
      : { hasPart: story.sections.map((s) => ({ '@type': 'Article', headline: s.title, url: absolute(sectionPage(s.data.slug), site) })) }),
  };
}
