/**
 * A scene's drawing as it stands in one state, for a section page's lead
 * picture (src/components/LeadDrawing.astro). The scene component draws its
 * final state, with each changing element's keyframes (data-fx); this keeps
 * what is present in `state`, drops what is absent there and what shows the
 * reader's own input (data-reader-input: a guess it does not have), and
 * leaves a dimmed element dimmed. The result needs no script, no inline
 * style and no image request. It is a second copy of a drawing on the page,
 * so its ids get a suffix (with every url(#…) and #… reference to them), and
 * it is hidden from assistive technology: the figure further down carries the
 * text alternative.
 */
import { ELEMENT_NODE, parse, renderSync, type Node } from 'ultrahtml';
import { parseKeyframes, valueAt } from './keyframes';

const isElement = (n: Node): boolean => n.type === ELEMENT_NODE;

function findSvg(node: Node): Node | undefined {
  if (isElement(node) && node.name === 'svg') return node;
  for (const c of node.children ?? []) {
    const found = findSvg(c);
    if (found) return found;
  }
  return undefined;
}

/** Keeps the parts present at `index`, recursively; returns whether `node` stays. */
function keepAt(node: Node, states: readonly string[], index: number): boolean {
  if (!isElement(node)) return true;
  const attrs = node.attributes as Record<string, string>;
  // What the reader puts in (the guess marker) has no place in a still picture.
  if (attrs['data-reader-input'] !== undefined) return false;
  if (attrs['data-fx'] !== undefined) {
    // Absent at p = 0, as in the chart images (src/server/images/bake.ts); present otherwise.
    // No scene has a keyframe between 0 and 1, and the page allows no inline style to draw one.
    const present = valueAt(parseKeyframes(attrs['data-fx'], states), index) > 0;
    if (attrs['data-effect'] === 'dim') {
      if (present) delete attrs['data-off'];
      else attrs['data-off'] = '';
    } else if (!present) return false;
    else delete attrs['data-off'];
  }
  node.children = (node.children ?? []).filter((c: Node) => keepAt(c, states, index));
  return true;
}

function renameIds(node: Node, suffix: string): void {
  if (!isElement(node)) return;
  const attrs = node.attributes as Record<string, string>;
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'id') attrs[name] = `${value}-${suffix}`;
    else if ((name === 'href' || name === 'xlink:href') && value.startsWith('#')) attrs[name] = `${value}-${suffix}`;
    else if (value.includes('url(#')) attrs[name] = value.replace(/url\(#([^)\s]+)\)/g, `url(#$1-${suffix})`);
  }
  for (const c of node.children ?? []) renameIds(c, suffix);
}

/** The drawing in `markup` (a scene component's output) as it stands in `state`. */
export function leadDrawing(markup: string, states: readonly string[], state: string, suffix = 'lead'): string {
  const index = states.indexOf(state);
  if (index === -1) throw new Error(`lead drawing: "${state}" is not one of the scene's states (${states.join(', ')})`);
  const svg = findSvg(parse(markup));
  if (!svg) throw new Error('lead drawing: the scene drew no <svg>');
  svg.children = (svg.children ?? []).filter((c: Node) => !(isElement(c) && c.name === 'title') && keepAt(c, states, index));
  renameIds(svg, suffix);
  const attrs = svg.attributes as Record<string, string>;
  for (const name of ['role', 'aria-label', 'aria-describedby', 'aria-labelledby']) delete attrs[name];
  attrs['class'] = 'lead-svg';
  attrs['aria-hidden'] = 'true';
  attrs['focusable'] = 'false';
  return renderSync(svg);
}
