/**
 * MDX bodies as syntax trees, parsed once: the content check, the plain text
 * for reading level and the embeds' step labels all read the same body, so
 * they share one parse (remark with the MDX extension). Pure; safe anywhere.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node, Parent } from 'unist';

export interface JsxNode extends Parent {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
}

export const isJsx = (node: Node): node is JsxNode => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A literal string attribute of a component, if it has one. */
export function attr(node: JsxNode, name: string): string | undefined {
  const v = node.attributes.find((a) => a.name === name)?.value;
  return typeof v === 'string' ? v : undefined;
}

const processor = unified().use(remarkParse).use(remarkMdx);
/** Bodies seen, newest last; a handful in a build, a few more in dev as files change. */
const parsed = new Map<string, Parent>();
const KEEP = 64;

/** The tree of an MDX body; the same object for the same text. Treat it as read-only. */
export function parseMdx(body: string): Parent {
  let tree = parsed.get(body);
  if (!tree) {
    tree = processor.parse(body) as Parent;
    parsed.set(body, tree);
    if (parsed.size > KEEP) parsed.delete(parsed.keys().next().value!);
  }
  return tree;
}
