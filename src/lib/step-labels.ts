/**
 * The short label of each step of a scene, taken from the story itself: the
 * first sentence of the step's text as a reader reads it (statistics printed,
 * footnotes left out), or, for a step that holds only a control (the guess
 * slider), that control's `label`. Used by an embed's step controls, so no
 * label is ever typed per scene. Server-only.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node, Parent } from 'unist';
import { shortLabel } from './embed';
import { mdxPlainText } from './mdx-text';
import { fillTokens } from './template';

interface JsxNode extends Parent {
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
}

const isJsx = (n: Node): n is JsxNode => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';
const attr = (n: JsxNode, name: string): string | undefined => {
  const v = n.attributes.find((a) => a.name === name)?.value;
  return typeof v === 'string' ? v : undefined;
};

function find(node: Node, test: (n: JsxNode) => boolean, out: JsxNode[] = []): JsxNode[] {
  if (isJsx(node) && test(node)) out.push(node);
  else if ('children' in node) for (const c of (node as Parent).children) find(c, test, out);
  return out;
}

export interface StepLabel {
  state: string;
  label: string;
}

/**
 * @param body a section's MDX (after the front matter)
 * @param scene the scene whose <Scrolly> steps to label
 * @param stat prints a <Stat id format> as the reader sees it
 */
export function stepLabels(body: string, scene: string, stat: (id: string, format: string) => string): StepLabel[] {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  const scrolly = find(tree, (n) => n.name === 'Scrolly' && attr(n, 'scene') === scene)[0];
  if (!scrolly) return [];
  const steps = find(scrolly, (n) => n.name === 'Step' && n !== scrolly);
  return steps.map((step) => {
    const state = attr(step, 'state') ?? '';
    const first = step.children[0]?.position?.start.offset;
    const last = step.children.at(-1)?.position?.end.offset;
    const text = first !== undefined && last !== undefined ? mdxPlainText(body.slice(first, last), stat) : '';
    const control = find(step, (n) => n !== step && attr(n, 'label') !== undefined)[0];
    const controlLabel = control && attr(control, 'label');
    // A control's label may hold {{statistic}} tokens, as <GuessSlider> fills them.
    const label = text || (controlLabel && fillTokens(controlLabel, stat)) || state;
    return { state, label: shortLabel(label) };
  });
}
