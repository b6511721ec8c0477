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
import { correctionSchema } from '../../src/schema/correction';
import { methodSchema } from '../../src/schema/method';
import { glossarySchema } from '../../src/schema/glossary';
import { sectionSchema } from '../../src/schema/section';
import { siteSchema } from '../../src/schema/site';
import { sourceSchema } from '../../src/schema/source';
import { statisticSchema } from '../../src/schema/statistic';
import { teachSchema } from '../../src/schema/teach';
import { typedFigureSchema } from '../../src/schema/typed-figure';
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
  glossary: Loaded<z.infer<typeof glossarySchema>>[];
  teach: Loaded<z.infer<typeof teachSchema>>[];
  corrections: Loaded<z.infer<typeof correctionSchema>>[];
  method: Loaded<z.infer<typeof methodSchema>>[];
  typedFigures: Loaded<z.infer<typeof typedFigureSchema>>[];
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

  const mdxDir = <S extends z.ZodType>(sub: string, schema: S, idOf: (file: string) => string) => {
    const folder = join(dir, sub);
    return readdirSync(folder)
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .flatMap((f) => {
        const filePath = join(folder, f);
        const text = readFileSync(filePath, 'utf8');
        const m = FRONT_MATTER.exec(text);
        const data = validate(schema, m ? parseYaml(m[1]!) : {}, filePath, f, issues);
        return data ? [{ id: idOf(f), filePath, data, body: m ? text.slice(m[0].length) : text }] : [];
      });
  };
  // Ids as Astro's loaders make them: story files by name, the guide by its slug.
  const story = mdxDir('story', sectionSchema, (f) => f);
  const teach = mdxDir('teach', teachSchema, (f) => f.replace(/\.mdx$/, ''));
  const method = mdxDir('method', methodSchema, (f) => f.replace(/\.mdx$/, ''));

  return {
    site,
    sources: fromArray('sources.yaml', sourceSchema),
    statistics: fromArray('statistics.yaml', statisticSchema),
    glossary: fromArray('glossary.yaml', glossarySchema),
    corrections: fromArray('corrections.yaml', correctionSchema),
    typedFigures: fromArray('typed-figures.yaml', typedFigureSchema),
    story,
    teach,
    method,
    schemaIssues: issues,
  };
}
