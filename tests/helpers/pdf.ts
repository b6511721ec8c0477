/**
 * Reads a PDF that Chromium printed, for the print tests: the page size and
 * the text of each page, in reading order (pdf.js through unpdf, no canvas).
 * Chromium prints text as text, generated content (`::after` link addresses,
 * the page numbers in the margin) included, so the text of a page is what a
 * reader sees on it.
 */
import { extractText, getDocumentProxy } from 'unpdf';

export interface PrintedPdf {
  /** Width × height of the first page, in points (A4 ≈ 595 × 842, Letter 612 × 792). */
  size: [number, number];
  /** Each page's text, whitespace collapsed to single spaces. */
  pages: string[];
}

/** Collapses runs of whitespace, as the PDF's line breaks fall wherever the paper width puts them. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

export async function readPdf(bytes: Uint8Array): Promise<PrintedPdf> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const [x0, y0, x1, y1] = (await pdf.getPage(1)).view as [number, number, number, number];
  const { text } = await extractText(pdf, { mergePages: false });
  return { size: [x1 - x0, y1 - y0], pages: text.map(squash) };
}

/** Paper sizes in points (1/72 inch). */
export const PAPER = {
  A4: [595.28, 841.89],
  Letter: [612, 792],
} as const satisfies Record<string, readonly [number, number]>;
