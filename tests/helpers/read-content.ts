/**
 * Reads a content folder the way src/content.config.ts declares it (YAML data
 * files, MDX sections with front matter) and validates every entry with the
 * same zod schemas, without Astro. Used by unit tests to check fixtures and to
 * stand in for `astro:content` when rendering components in Vitest.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { sectionSchema } from '../../src/schema/section';
import { siteSchema } from '../../src/schema/site';
import { sourceSchema } from '../../src/schema/source';
import { statisticSchema } from '../../src/schema/statistic';
import type { ContentIssue } from '../../src/lib/content-check';

export interface Loaded<T> {
  id: string;
  filePath: string;
  data: T;
  body?: string;
}

export interface ReadContent {
  site: Loaded<z.infer<typeof siteSchema>>[];
  sources: Loaded<z.infer<typeof sourceSchema>>[];
  statistics: Loaded<z.infer<typeof statisticSchema>>[];
  story: Loaded<z.infer<typeof sectionSchema>>[];
  /** Schema failures, as file + field, like Astro's own error. */
  schemaIssues: ContentIssue[];
}

function validate<S extends z.ZodType>(schema: S, raw: unknown, file: string, id: string, issues: ContentIssue[]): z.infer<S> | undefined {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  for (const i of r.error.issues) issues.push({ file, field: `${id}.${i.path.join('.') || '(entry)'}`, message: i.message });
  return undefined;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?/;

export function readContent(dir: string): ReadContent {
  const issues: ContentIssue[] = [];
  const dataFile = (name: string) => join(dir, 'data', name);

  const fromArray = <S extends z.ZodType>(name: string, schema: S) => {
    const file = dataFile(name);
    const raw = parseYaml(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
    return raw.flatMap((entry) => {
      const id = String(entry.id);
      const data = validate(schema, entry, file, id, issues);
      return data ? [{ id, filePath: file, data }] : [];
    });
  };

  const siteFile = dataFile('site.yaml');
  const siteRaw = parseYaml(readFileSync(siteFile, 'utf8')) as Record<string, unknown>;
  const site = Object.entries(siteRaw).flatMap(([id, entry]) => {
    const data = validate(siteSchema, entry, siteFile, id, issues);
    return data ? [{ id, filePath: siteFile, data }] : [];
  });

  const storyDir = join(dir, 'story');
  const story = readdirSync(storyDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .flatMap((f) => {
      const filePath = join(storyDir, f);
      const text = readFileSync(filePath, 'utf8');
      const m = FRONT_MATTER.exec(text);
      const data = validate(sectionSchema, m ? parseYaml(m[1]!) : {}, filePath, f, issues);
      return data ? [{ id: f, filePath, data, body: m ? text.slice(m[0].length) : text }] : [];
    });

  return {
    site,
    sources: fromArray('sources.yaml', sourceSchema),
    statistics: fromArray('statistics.yaml', statisticSchema),
    story,
    schemaIssues: issues,
  };
}
