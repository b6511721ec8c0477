/** /data/<name>.json: a dataset as JSON, with what a re-user needs to credit it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toJson } from '../../lib/data-export';
import { datasetMeta, datasets, type SiteDataset } from '../../server/datasets';
import { loadStory } from '../../server/story';

export const getStaticPaths = (async () => {
  const story = await loadStory();
  return datasets(story).map((d) => ({ params: { name: d.name }, props: { d } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const story = await loadStory();
  const d = (props as { d: SiteDataset }).d;
  return new Response(toJson(d, datasetMeta(story, d, site)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
