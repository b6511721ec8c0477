/**
 * The built page as a tree the cascade can walk: HTML parsed by ultrahtml
 * (Astro's own parser) into domhandler nodes, which css-select matches
 * selectors against, and an element written back out as XML (an SVG file is
 * XML: every attribute quoted, every element closed, text escaped).
 */
import { Document, Element, Text, type ChildNode } from 'domhandler';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { ELEMENT_NODE, TEXT_NODE, parse } from 'ultrahtml';

/** ultrahtml's node, as far as this file reads it. */
interface UltraNode {
  type: number;
  name: string;
  value: string;
  attributes: Record<string, string>;
  children?: UltraNode[];
}

/** Elements whose text is not markup: kept as written. */
const RAW_TEXT = new Set(['script', 'style']);

function link(parent: Document | Element, children: ChildNode[]): void {
  children.forEach((child, i) => {
    child.parent = parent;
    child.prev = children[i - 1] ?? null;
    child.next = children[i + 1] ?? null;
  });
  parent.children = children;
}

function convert(node: UltraNode, raw: boolean): ChildNode | undefined {
  if (node.type === TEXT_NODE) return new Text(raw ? node.value : decodeHTML(node.value));
  if (node.type !== ELEMENT_NODE) return undefined; // comments, doctype
  const attribs: Record<string, string> = {};
  for (const [name, value] of Object.entries(node.attributes)) attribs[name] = decodeHTMLAttribute(String(value));
  const el = new Element(node.name, attribs);
  const inner = RAW_TEXT.has(node.name.toLowerCase());
  link(el, (node.children ?? []).map((c: UltraNode) => convert(c, inner)).filter((c: ChildNode | undefined): c is ChildNode => !!c));
  return el;
}

/** An HTML document as a domhandler tree. */
export function parseHtml(html: string): Document {
  const root = parse(html) as UltraNode;
  const doc = new Document([]);
  link(doc, (root.children ?? []).map((c: UltraNode) => convert(c, false)).filter((c: ChildNode | undefined): c is ChildNode => !!c));
  return doc;
}

export const isElement = (node: unknown): node is Element => node instanceof Element;

/** Every element under `root` (and `root` itself), in document order. */
export function elementsOf(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    out.push(el);
    for (const c of el.children) if (isElement(c)) walk(c);
  };
  walk(root);
  return out;
}

/** The first element under `root` that passes `test`, depth first. */
export function findElement(root: Document | Element, test: (el: Element) => boolean): Element | undefined {
  for (const c of root.children) {
    if (!isElement(c)) continue;
    if (test(c)) return c;
    const found = findElement(c, test);
    if (found) return found;
  }
  return undefined;
}

export const hasClass = (el: Element, name: string): boolean => (el.attribs.class ?? '').split(/\s+/).includes(name);

/** Takes `node` out of its parent, keeping the sibling links right. */
export function removeNode(node: ChildNode): void {
  const parent = node.parent as Element | Document | null;
  if (!parent) return;
  link(parent, parent.children.filter((c) => c !== node));
  node.parent = node.prev = node.next = null;
}

/** Puts `next` where `old` is. */
export function replaceNode(old: ChildNode, next: ChildNode): void {
  const parent = old.parent as Element | Document | null;
  if (!parent) throw new Error('replaceNode: the node has no parent');
  link(parent, parent.children.map((c) => (c === old ? next : c)));
  old.parent = old.prev = old.next = null;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeXmlAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

/** An element and its subtree as XML. */
export function toXml(node: ChildNode): string {
  if (node instanceof Text) return escapeText(node.data);
  if (!isElement(node)) return '';
  const attrs = Object.entries(node.attribs).map(([k, v]) => ` ${k}="${escapeXmlAttr(v)}"`).join('');
  const inner = node.children.map(toXml).join('');
  return inner ? `<${node.name}${attrs}>${inner}</${node.name}>` : `<${node.name}${attrs}/>`;
}
