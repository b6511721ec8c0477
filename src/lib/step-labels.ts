/**
 * The short label of each step of a scene, taken from the story itself: the
 * first sentence of the step's text as a reader reads it (statistics printed,
 * footnotes left out), or, for a step that holds only a control (the guess
 * slider), that control's `label`. Used by an embed's step controls, so no
 * label is ever typed per scene. Server-only.
 */
import type { Node, Parent } from 'unist';
import { visit } from 'unist-util-visit';
import { shortLabel } from './embed';
import { attr, isJsx, parseMdx, type JsxNode } from './mdx-tree';
import { plainText } from './mdx-text';
import { fillTokens } from './template';

/** Every component below `node` (not `node` itself) that passes `test`, in document order. */
function find(node: Node, test: (n: JsxNode) => boolean): JsxNode[] {
  const out: JsxNode[] = [];
  visit(node, (n) => {
    if (n !== node && isJsx(n) && test(n)) out.push(n);
  });
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
  const scrolly = find(parseMdx(body), (n) => n.name === 'Scrolly' && attr(n, 'scene') === scene)[0];
  if (!scrolly) return [];
  const steps = find(scrolly, (n) => n.name === 'Step');
  return steps.map((step) => {
    const state = attr(step, 'state') ?? '';
    const text = plainText({ type: 'root', children: step.children } as Parent, stat);
    const control = find(step, (n) => attr(n, 'label') !== undefined)[0];
    const controlLabel = control && attr(control, 'label');
    // A control's label may hold {{statistic}} tokens, as <GuessSlider> fills them.
    const label = text || (controlLabel && fillTokens(controlLabel, stat)) || state;
    return { state, label: shortLabel(label) };
  });
}
