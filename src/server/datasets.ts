/**
 * The datasets /data/ offers: every statistic in the story, then one per
 * chart (the figures its data table lists, in the same order). Server-only.
 */
import { SCENE_STATS } from '../scenes/stats';
import { toRow, type Dataset } from '../lib/data-export';
import type { Story } from './story';
import { absolute, dataFile, embedPage, sectionPage, storyAnchor } from '../lib/urls';

export interface SiteDataset extends Dataset {
  /** Where the data is shown: the story section (or the whole story). */
  page: string;
  /** The chart's embed page, for chart datasets. */
  embed?: string;
}

export const ALL_STATISTICS = 'statistics';

export function datasets(story: Story): SiteDataset[] {
  const row = (id: string) => {
    const s = story.stat(id);
    return toRow(s, story.source(s.source));
  };
  return [
    {
      name: ALL_STATISTICS,
      title: 'Every statistic in the story',
      description: 'Each figure the story shows, in the order of the statistics file, with its definition, the year it describes, how sure we are of it, and its original source.',
      rows: [...story.stats.keys()].map(row),
      page: '/',
    },
    ...story.charts.map((chart) => ({
      name: chart.scene,
      title: chart.title,
      description: `The figures in the chart “${chart.title}” (part ${chart.section.data.order}, “${chart.section.title}”), as its data table lists them.`,
      rows: SCENE_STATS[chart.scene].map(row),
      page: sectionPage(chart.section.data.slug),
      embed: embedPage(chart.scene),
    })),
  ];
}

/** Absolute addresses for a dataset's JSON metadata. */
export function datasetMeta(story: Story, d: SiteDataset, site: URL | undefined) {
  return {
    story: absolute(d.page === '/' ? '/' : storyAnchor(d.page.split('/')[2]!), site),
    url: absolute(dataFile(d.name, 'json'), site),
    updated: story.updated,
    publisher: story.site.publisher,
    licence: { name: story.site.licence.name, url: story.site.licence.url },
  };
}
