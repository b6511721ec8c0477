/**
 * Reads the narrative structure of one MDX section without rendering it: which
 * statistics and sources it cites (in reading order), and which scenes and
 * steps it declares, each with its line number. The content check validates
 * this; the footnote numbering follows its order.
 */
import type { Node, Parent } from 'unist';
import { isFacet } from './format';
import { isJsx, parseMdx, type JsxNode } from './mdx-tree';

export interface Located {
  line: number;
}
export interface AttrMap {
  /** Literal string attributes. */
  strings: Record<string, string>;
  /** Attributes written as {expressions}, which the story does not allow. */
  expressions: string[];
}
export interface JsxUse extends Located {
  name: string;
  attrs: AttrMap;
}
export interface ScrollyUse extends JsxUse {
  steps: JsxUse[];
}
export interface MdxScan {
  /** Every component use in document order. */
  uses: JsxUse[];
  /** <Scrolly> blocks with the <Step>s directly inside them. */
  scrollies: ScrollyUse[];
  /** <Step>s that are not inside a <Scrolly>. */
  straySteps: JsxUse[];
  /** Source ids in order of first citation (through <Stat>'s statistic or <Cite>). */
  citationOrder: { kind: 'stat' | 'source'; id: string }[];
  /** Glossary terms marked with <Term>, in reading order. */
  terms: JsxUse[];
  /**
   * The prose a reader sees, one entry per text node, with the components it
   * sits inside (innermost last): what the typed-figure check reads.
   */
  texts: { text: string; line: number; within: string[] }[];
  /** {expressions} in the prose: code the page would run, which content may not contain. */
  expressions: Located[];
}

function readAttrs(node: JsxNode): AttrMap {
  const strings: Record<string, string> = {};
  const expressions: string[] = [];
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) {
      expressions.push('{...spread}');
    } else if (typeof a.value === 'string') {
      strings[a.name] = a.value;
    } else if (a.value === null || a.value === undefined) {
      strings[a.name] = '';
    } else {
      expressions.push(a.name);
    }
  }
  return { strings, expressions };
}

/**
 * @param body MDX text after the front matter
 * @param lineOffset lines before the body in the file, so reported lines match the file
 */
export function scanMdx(body: string, lineOffset = 0): MdxScan {
  const tree = parseMdx(body);
  const uses: JsxUse[] = [];
  const scrollies: ScrollyUse[] = [];
  const straySteps: JsxUse[] = [];
  const citationOrder: MdxScan['citationOrder'] = [];
  const terms: JsxUse[] = [];
  const texts: MdxScan['texts'] = [];
  const expressions: Located[] = [];

  const walk = (node: Node, scrolly: ScrollyUse | undefined, within: string[]) => {
    let inner = scrolly;
    let path = within;
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
      expressions.push({ line: (node.position?.start.line ?? 1) + lineOffset });
    }
    if (node.type === 'text') {
      texts.push({ text: (node as Node & { value: string }).value, line: (node.position?.start.line ?? 1) + lineOffset, within });
    }
    if (isJsx(node) && node.name) {
      path = [...within, node.name];
      const use: JsxUse = { name: node.name, attrs: readAttrs(node), line: (node.position?.start.line ?? 1) + lineOffset };
      uses.push(use);
      if (use.name === 'Scrolly') {
        inner = { ...use, steps: [] };
        scrollies.push(inner);
      } else if (use.name === 'Step') {
        (scrolly ? scrolly.steps : straySteps).push(use);
      } else if (use.name === 'Stat' && use.attrs.strings.id && !isFacet(use.attrs.strings.format)) {
        citationOrder.push({ kind: 'stat', id: use.attrs.strings.id });
      } else if (use.name === 'Term') {
        terms.push(use);
      } else if ((use.name === 'Cite' || use.name === 'Quote') && use.attrs.strings.source) {
        citationOrder.push({ kind: 'source', id: use.attrs.strings.source });
      }
    }
    if ('children' in node) for (const child of (node as Parent).children) walk(child, inner, path);
  };
  walk(tree, undefined, []);
  return { uses, scrollies, straySteps, citationOrder, terms, texts, expressions };
}
