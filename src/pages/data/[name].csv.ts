/** /data/<name>.csv: a dataset as CSV, generated at build time from content/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../lib/data-export';
import { reuseLine } from '../../lib/licence';
import { datasets, type SiteDataset } from '../../server/datasets';
import { loadStory } from '../../server/story';

export const getStaticPaths = (async () => {
  const story = await loadStory();
  return datasets(story).map((d) => ({ params: { name: d.name }, props: { d } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { site } = await loadStory();
  return new Response(toCsv((props as { d: SiteDataset }).d.rows, reuseLine(site.licence, site.publisher)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
