/**
 * The text a reader reads in an MDX section, as plain text: prose and step
 * text, statistics as they are printed, glossary terms as their words;
 * footnotes, figures' own labels and component attributes left out. Used for
 * reading level and reading time.
 */
import type { Node } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { attr, isJsx, parseMdx } from './mdx-tree';

/** Block-level nodes are set apart by a blank line. */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'mdxJsxFlowElement']);

/**
 * @param body MDX text after the front matter
 * @param stat prints a <Stat id format> as the reader sees it
 */
export function mdxPlainText(body: string, stat: (id: string, format: string) => string): string {
  return plainText(parseMdx(body), stat);
}

/** The same, for a tree already parsed (a part of a body, say). */
export function plainText(tree: Node, stat: (id: string, format: string) => string): string {
  const out: string[] = [];
  /** Where in `out` each block begins: a blank line goes there, so sentences never run together. */
  const blockStarts = new Set<number>();
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      out.push((node as Node & { value: string }).value);
      return SKIP;
    }
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return SKIP;
    if (isJsx(node)) {
      if (node.name === 'Stat') {
        out.push(stat(attr(node, 'id') ?? '', attr(node, 'format') ?? 'full'));
        return SKIP;
      }
      if (node.name === 'Cite' || node.name === 'GuessSlider' || node.name === 'GuessResult') return SKIP;
    }
    if (BLOCKS.has(node.type)) blockStarts.add(out.length);
    return undefined;
  });
  const text = out.map((piece, i) => (i > 0 && blockStarts.has(i) ? `\n\n${piece}` : piece));
  return text.join('').replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
}
