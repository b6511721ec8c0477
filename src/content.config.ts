/**
 * The content contract. Collections are loaded from the top-level content/
 * folder (or CONTENT_DIR, which the bad-content tests point at fixtures) and
 * validated by the zod schemas in src/schema/. Cross-checks that need several
 * collections at once (unknown statistic ids, steps naming missing states…)
 * run in src/server/story.ts, before any page renders.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { correctionSchema } from './schema/correction';
import { methodSchema } from './schema/method';
import { glossarySchema } from './schema/glossary';
import { sectionSchema } from './schema/section';
import { siteSchema } from './schema/site';
import { sourceSchema } from './schema/source';
import { statisticSchema } from './schema/statistic';
import { teachSchema } from './schema/teach';
import { typedFigureSchema } from './schema/typed-figure';
import { contentDir } from './server/content-dir';

const dir = contentDir();

const sources = defineCollection({
  loader: file(`${dir}/data/sources.yaml`),
  schema: sourceSchema,
});

const statistics = defineCollection({
  loader: file(`${dir}/data/statistics.yaml`),
  schema: statisticSchema,
});

const story = defineCollection({
  // Ids are file names, not slugs, so two files with one slug both load and
  // the duplicate is reported by name instead of one silently replacing the other.
  loader: glob({ pattern: '*.mdx', base: `${dir}/story`, generateId: ({ entry }) => entry }),
  schema: sectionSchema,
});

const site = defineCollection({
  loader: file(`${dir}/data/site.yaml`),
  schema: siteSchema,
});

const glossary = defineCollection({
  loader: file(`${dir}/data/glossary.yaml`),
  schema: glossarySchema,
});

const teach = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${dir}/teach` }),
  schema: teachSchema,
});

const corrections = defineCollection({
  loader: file(`${dir}/data/corrections.yaml`),
  schema: correctionSchema,
});

const method = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${dir}/method` }),
  schema: methodSchema,
});

const typedFigures = defineCollection({
  loader: file(`${dir}/data/typed-figures.yaml`),
  schema: typedFigureSchema,
});

export const collections = { corrections, method, glossary, site, sources, statistics, story, teach, typedFigures };
