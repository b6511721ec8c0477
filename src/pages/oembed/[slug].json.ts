/**
 * /oembed/<section-slug>.json: the oEmbed answer (https://oembed.com/, type
 * "rich") for a section's chart, so a CMS that understands oEmbed embeds the
 * chart from the section's address: the section page names this file in a
 * discovery link (<link rel="alternate" type="application/json+oembed">,
 * src/pages/story/[slug].astro). A section with two charts offers its first.
 * Written at build time: the site is static, so there is no endpoint that
 * takes ?url= (a provider's usual API); consumers that only call a
 * registered endpoint cannot use it, discovery-based ones (WordPress,
 * Ghost, iframely, Embedly) can.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CARD_HEIGHT, CARD_WIDTH } from '../../lib/card-size';
import { embedCode, oembedRich } from '../../lib/embed';
import { frameHeights } from '../../lib/embed-heights';
import { EMBED_SCRIPT, absolute, cardImage, embedPage } from '../../lib/urls';
import { loadStory } from '../../server/story';

export const getStaticPaths = (async () => {
  const story = await loadStory();
  return story.sections
    .filter((section) => story.charts.some((c) => c.section === section))
    .map((section) => ({ params: { slug: section.data.slug }, props: { slug: section.data.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const story = await loadStory();
  const { slug } = props as { slug: string };
  const chart = story.charts.find((c) => c.section.data.slug === slug)!;
  const heights = frameHeights(chart.scene, chart.states) ?? { narrowest: 640, narrow: 640, wide: 640 };
  const html = embedCode({ src: absolute(embedPage(chart.scene), site), script: absolute(EMBED_SCRIPT, site), title: chart.title, heights });
  const body = oembedRich({
    title: chart.title,
    providerName: story.site.shortTitle,
    providerUrl: absolute('/', site),
    html,
    heights,
    thumbnail: { url: absolute(cardImage(slug), site), width: CARD_WIDTH, height: CARD_HEIGHT },
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
