/**
 * A stand-in for `astro:content` in Vitest, where Astro's content layer does
 * not run: collections come from tests/helpers/read-content.ts, validated by
 * the same schemas. Use in a test file with
 *   vi.mock('astro:content', () => import('../helpers/astro-content-mock'));
 */
import { readContent } from './read-content';

const content = readContent(process.env.CONTENT_DIR ?? 'content');
if (content.schemaIssues.length) {
  throw new Error(`content fails its schemas: ${JSON.stringify(content.schemaIssues, null, 2)}`);
}

type Name = 'site' | 'sources' | 'statistics' | 'story' | 'glossary' | 'teach' | 'corrections' | 'method' | 'typedFigures';

function entries(name: Name) {
  return content[name].map((e) => ({ ...e, collection: name }));
}

export async function getCollection(name: Name) {
  return entries(name);
}

export async function getEntry(name: Name, id: string) {
  return entries(name).find((e) => e.id === id);
}

export async function render() {
  throw new Error('render() is not available in unit tests; test pages in the browser tests instead.');
}
