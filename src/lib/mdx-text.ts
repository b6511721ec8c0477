/**
 * The text a reader reads in an MDX section, as plain text: prose and step
 * text, statistics as they are printed, glossary terms as their words;
 * footnotes, figures' own labels and component attributes left out. Used for
 * reading level and reading time.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node, Parent } from 'unist';

/** Block-level nodes end with a blank line, so sentences do not run together. */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'mdxJsxFlowElement']);

/**
 * @param body MDX text after the front matter
 * @param stat prints a <Stat id format> as the reader sees it
 */
export function mdxPlainText(body: string, stat: (id: string, format: string) => string): string {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  const out: string[] = [];
  const walk = (node: Node) => {
    const n = node as Node & { value?: string; name?: string; attributes?: Array<{ name?: string; value?: unknown }> };
    if (n.type === 'text' || n.type === 'inlineCode') {
      out.push(n.value ?? '');
      return;
    }
    if (n.type === 'mdxjsEsm' || n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') return;
    if (n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') {
      const attr = (name: string) => n.attributes?.find((a) => a.name === name)?.value;
      if (n.name === 'Stat') {
        out.push(stat(String(attr('id')), String(attr('format') ?? 'full')));
        return;
      }
      if (n.name === 'Cite' || n.name === 'GuessSlider' || n.name === 'GuessResult') return;
    }
    if ('children' in n) for (const c of (n as Parent).children) walk(c);
    if (BLOCKS.has(n.type)) out.push('\n\n');
  };
  walk(tree);
  return out.join('').replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
}
