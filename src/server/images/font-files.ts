/**
 * Small readers and writers of TrueType files, for the chart images: how wide
 * a line of text is (cmap and hmtx, to wrap titles and source lines), and a
 * font renamed (name table), so a renderer that picks faces by family name
 * alone can be handed one face per family. Pure functions on bytes.
 */

interface TableRecord {
  tag: string;
  offset: number;
  length: number;
}

function tablesOf(font: Uint8Array): Map<string, TableRecord> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(at, at + 4));
    tables.set(tag, { tag, offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return tables;
}

function table(font: Uint8Array, tag: string): DataView {
  const t = tablesOf(font).get(tag);
  if (!t) throw new Error(`font has no ${tag} table`);
  return new DataView(font.buffer, font.byteOffset + t.offset, t.length);
}

/** Code point → glyph id, from the cmap's Unicode subtable (format 12 or 4). */
function readCmap(font: Uint8Array): Map<number, number> {
  const cmap = table(font, 'cmap');
  const count = cmap.getUint16(2);
  const subtables: Array<{ format: number; offset: number; platform: number; encoding: number }> = [];
  for (let i = 0; i < count; i++) {
    const platform = cmap.getUint16(4 + 8 * i);
    const encoding = cmap.getUint16(6 + 8 * i);
    const offset = cmap.getUint32(8 + 8 * i);
    subtables.push({ platform, encoding, offset, format: cmap.getUint16(offset) });
  }
  const unicode = (s: (typeof subtables)[number]) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const pick = subtables.find((s) => unicode(s) && s.format === 12) ?? subtables.find((s) => unicode(s) && s.format === 4);
  if (!pick) throw new Error('font has no Unicode cmap');
  const map = new Map<number, number>();
  const o = pick.offset;
  if (pick.format === 12) {
    const groups = cmap.getUint32(o + 12);
    for (let g = 0; g < groups; g++) {
      const at = o + 16 + 12 * g;
      const start = cmap.getUint32(at);
      const end = cmap.getUint32(at + 4);
      const glyph = cmap.getUint32(at + 8);
      for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
    }
  } else {
    const segs = cmap.getUint16(o + 6) / 2;
    const ends = o + 14;
    const starts = ends + 2 * segs + 2;
    const deltas = starts + 2 * segs;
    const ranges = deltas + 2 * segs;
    for (let s = 0; s < segs; s++) {
      const end = cmap.getUint16(ends + 2 * s);
      const start = cmap.getUint16(starts + 2 * s);
      const delta = cmap.getInt16(deltas + 2 * s);
      const range = cmap.getUint16(ranges + 2 * s);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph: number;
        if (range === 0) glyph = (c + delta) & 0xffff;
        else {
          const at = ranges + 2 * s + range + 2 * (c - start);
          const raw = cmap.getUint16(at);
          glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
        }
        if (glyph) map.set(c, glyph);
      }
    }
  }
  return map;
}

export interface FontMetrics {
  /** Advance width of `text` at `size` px, without kerning. */
  width(text: string, size: number): number;
  /** Characters of `text` the font has no glyph for. */
  missing(text: string): string[];
  /** Ascender and descender as a share of the size (descender negative). */
  ascent: number;
  descent: number;
}

/** Reads how wide text set in a TrueType font is. */
export function fontMetrics(font: Uint8Array): FontMetrics {
  const unitsPerEm = table(font, 'head').getUint16(18);
  const hhea = table(font, 'hhea');
  const hmtx = table(font, 'hmtx');
  const metrics = hhea.getUint16(34);
  const cmap = readCmap(font);
  const advance = (glyph: number) => hmtx.getUint16(4 * Math.min(glyph, metrics - 1));
  const ignorable = (c: number) => c === 0x200b || c === 0xfeff || c === 0x00ad;
  return {
    width(text, size) {
      let units = 0;
      for (const ch of text) {
        const c = ch.codePointAt(0)!;
        if (!ignorable(c)) units += advance(cmap.get(c) ?? 0);
      }
      return (units * size) / unitsPerEm;
    },
    missing(text) {
      return [...new Set([...text].filter((ch) => !/\s/.test(ch) && !ignorable(ch.codePointAt(0)!) && !cmap.has(ch.codePointAt(0)!)))];
    },
    ascent: hhea.getInt16(4) / unitsPerEm,
    descent: hhea.getInt16(6) / unitsPerEm,
  };
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** Name ids that say which family and face a font is; all are rewritten. */
const FACE_NAMES = new Set([1, 2, 3, 4, 6, 16, 17, 21, 22, 25]);

/**
 * The font under another family name (its only face: "Regular"). Other names
 * (copyright, licence) are kept. The table directory is rebuilt; the
 * checksums are right, the whole-font adjustment in `head` is left at zero.
 */
export function renameFont(font: Uint8Array, family: string): Uint8Array {
  const name = table(font, 'name');
  const count = name.getUint16(2);
  const strings = name.getUint16(4);
  const kept: Array<{ ids: [number, number, number, number]; bytes: Uint8Array }> = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + 12 * i;
    const ids: [number, number, number, number] = [name.getUint16(at), name.getUint16(at + 2), name.getUint16(at + 4), name.getUint16(at + 6)];
    if (FACE_NAMES.has(ids[3])) continue;
    const length = name.getUint16(at + 8);
    const offset = name.getUint16(at + 10);
    kept.push({ ids, bytes: new Uint8Array(name.buffer.slice(name.byteOffset + strings + offset, name.byteOffset + strings + offset + length)) });
  }
  const utf16 = (s: string) => {
    const out = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      out[2 * i] = s.charCodeAt(i) >> 8;
      out[2 * i + 1] = s.charCodeAt(i) & 0xff;
    }
    return out;
  };
  const postscript = family.replace(/[^A-Za-z0-9-]/g, '');
  for (const [id, text] of [[1, family], [2, 'Regular'], [4, family], [6, postscript]] as const) {
    kept.push({ ids: [3, 1, 0x409, id], bytes: utf16(text) });
  }
  kept.sort((a, b) => a.ids[0] - b.ids[0] || a.ids[1] - b.ids[1] || a.ids[2] - b.ids[2] || a.ids[3] - b.ids[3]);
  const header = 6 + 12 * kept.length;
  const size = header + kept.reduce((n, r) => n + r.bytes.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0);
  view.setUint16(2, kept.length);
  view.setUint16(4, header);
  let offset = 0;
  kept.forEach((r, i) => {
    const at = 6 + 12 * i;
    r.ids.forEach((v, k) => view.setUint16(at + 2 * k, v));
    view.setUint16(at + 8, r.bytes.length);
    view.setUint16(at + 10, offset);
    out.set(r.bytes, header + offset);
    offset += r.bytes.length;
  });
  return replaceTable(font, 'name', out);
}

/** The font with one table replaced, its directory and offsets rebuilt. */
function replaceTable(font: Uint8Array, tag: string, data: Uint8Array): Uint8Array {
  const records = [...tablesOf(font).values()].sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const bodies = records.map((r) => (r.tag === tag ? data : font.subarray(r.offset, r.offset + r.length)));
  const dir = 12 + 16 * records.length;
  const total = bodies.reduce((n, b) => n + Math.ceil(b.length / 4) * 4, dir);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(font.subarray(0, 12));
  let offset = dir;
  records.forEach((r, i) => {
    const body = r.tag === 'head' ? new Uint8Array(bodies[i]!) : bodies[i]!;
    if (r.tag === 'head') new DataView(body.buffer, body.byteOffset).setUint32(8, 0); // checkSumAdjustment
    const at = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[at + k] = r.tag.charCodeAt(k);
    view.setUint32(at + 4, checksum(body));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, body.length);
    out.set(body, offset);
    offset += Math.ceil(body.length / 4) * 4;
  });
  return out;
}

/** The family names a font declares (name ids 1 and 16), for tests. */
export function familyNames(font: Uint8Array): string[] {
  const name = table(font, 'name');
  const count = name.getUint16(2);
  const strings = name.getUint16(4);
  const out = new Set<string>();
  for (let i = 0; i < count; i++) {
    const at = 6 + 12 * i;
    const [platform, , , id] = [name.getUint16(at), name.getUint16(at + 2), name.getUint16(at + 4), name.getUint16(at + 6)];
    if ((id !== 1 && id !== 16) || platform !== 3) continue;
    const length = name.getUint16(at + 8);
    const offset = name.getUint16(at + 10);
    let s = '';
    for (let k = 0; k < length; k += 2) s += String.fromCharCode(name.getUint16(strings + offset + k));
    out.add(s);
  }
  return [...out];
}
