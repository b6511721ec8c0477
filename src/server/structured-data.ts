/**
 * schema.org data (JSON-LD) for search engines and citation tools: the story
 * and each section as an Article with its author, dates, image and the
 * sources it cites. Built from the same records as the page.
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
  const sourceIds = section ? story.sourcesOf(section) : [...story.citations.keys()];
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
    citation: sourceIds.map((id) => creativeWork(story.source(id))),
  };
}
