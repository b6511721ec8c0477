/**
 * The chart images' and social cards' words (src/server/image-plan.ts),
 * written with the pages so the step that draws them after the build
 * (src/integrations/chart-images.ts) can read them; that step deletes this
 * file. Not a published address: nothing links to it.
 */
import type { APIRoute } from 'astro';
import { imagePlan } from '../../server/image-plan';
import { loadStory } from '../../server/story';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Astro `site` is not set (astro.config.mjs SITE_URL): the images print the story\'s address.');
  return new Response(JSON.stringify(imagePlan(await loadStory(), site)), { headers: { 'Content-Type': 'application/json' } });
};
