/**
 * Draws a link as a QR code, in the browser, from the link alone: the
 * qrcode package's encoder (no network, no image service) and one SVG path
 * (src/lib/qr-path.ts). Dark on white whatever the colour scheme, as
 * scanners expect. Loaded by <assignment-builder> only once there is a link
 * to draw, so /teach/ does not carry the encoder at load.
 */
import { create } from 'virtual:qr-encoder';
import { qrPath, qrSide } from '../lib/qr-path';

const SVG = 'http://www.w3.org/2000/svg';

/** An <svg role="img"> of `text` as a QR code, named by `label` (its text alternative). */
export function qrCode(text: string, label: string): SVGSVGElement {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const side = String(qrSide(modules.size));
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${side} ${side}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const paper = document.createElementNS(SVG, 'rect');
  paper.setAttribute('width', side);
  paper.setAttribute('height', side);
  paper.setAttribute('fill', '#fff');
  const ink = document.createElementNS(SVG, 'path');
  ink.setAttribute('d', qrPath(modules.size, modules.data));
  ink.setAttribute('fill', '#000');
  svg.append(paper, ink);
  return svg;
}
