/**
 * Social cards, built with the site: /cards/<section slug>.png for each
 * section (its title and key statistic, with the statistic's status and
 * source) and /cards/story.png for the whole story. Addresses come from
 * cardImage() in src/lib/urls.ts; layout and rendering from src/server/card.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardStat, renderCard, type CardData } from '../../server/card';
import { formatDay } from '../../lib/format';
import { loadStory, type Story } from '../../server/story';
import { cardImage } from '../../lib/urls';

/** The slug of the whole story's card: cardImage() with no section. */
const STORY = cardImage().slice('/cards/'.length, -'.png'.length);

function sectionCard(story: Story, slug: string): CardData {
  const section = story.sections.find((s) => s.data.slug === slug)!;
  const base = { site: story.site.shortTitle, kicker: section.data.kicker, title: section.title };
  // No key figure (it would give the twist away): the summary, which keeps it.
  if (!section.data.keyStat) return { ...base, footer: section.summary };
  const stat = story.stat(section.data.keyStat);
  return { ...base, stat: cardStat(stat, story.source(stat.source).publisher) };
}

function storyCard(story: Story): CardData {
  const { site } = story;
  return { site: site.shortTitle, kicker: site.kicker, title: site.title, footer: `By ${site.byline} · ${formatDay(site.published)}` };
}

export const getStaticPaths = (async () => {
  const story = await loadStory();
  const slugs = story.sections.map((s) => s.data.slug);
  if (slugs.includes(STORY)) throw new Error(`A section's slug "${STORY}" would share its social card's address with the whole story's.`);
  return [...slugs, STORY].map((slug) => ({ params: { slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const story = await loadStory();
  const slug = params.slug!;
  const png = await renderCard(slug === STORY ? storyCard(story) : sectionCard(story, slug));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
