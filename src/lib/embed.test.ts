import { Window as HappyWindow } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import {
  EMBED_PATH, HEIGHT_MESSAGE, INITIAL_HEIGHT, MAX_HEIGHT, NARROWEST_WIDTH, NARROW_WIDTH, OEMBED_CACHE_AGE, PING_MESSAGE, WIDE_WIDTH,
  creditLine, embedCode, embedSrc, escapeAttr, fallbackHeightCss, hostScript, hostScriptSource, oembedRich, shortLabel, type HostConfig,
} from './embed';

const SRC = 'https://news.example/embed/room/';
const SCRIPT = 'https://news.example/embed.js';

describe('embedCode', () => {
  it('writes a titled, full-width, lazy iframe and the height script', () => {
    const code = embedCode({ src: SRC, script: SCRIPT, title: 'A room that turns out to be a cell' });
    expect(code).toBe(
      `<iframe src="${SRC}" title="A room that turns out to be a cell" width="100%" height="${INITIAL_HEIGHT}" style="border:0;width:100%" loading="lazy"></iframe>\n` +
        `<script src="${SCRIPT}" async></script>`,
    );
  });

  it('escapes attributes, so no title can break out of its quotes', () => {
    const code = embedCode({ src: `${SRC}?a=1&b="2"`, script: SCRIPT, title: 'Cells "1" & <2> it\'s', heights: { narrowest: 420, narrow: 400.2, wide: 500.4 } });
    expect(code).toContain('src="https://news.example/embed/room/?a=1&amp;b=&quot;2&quot;"');
    expect(code).toContain('title="Cells &quot;1&quot; &amp; &lt;2&gt; it&#39;s"');
    expect(code).toContain('height="500"');
    expect(code.match(/"/g)!.length % 2).toBe(0);
  });

  it('parses back to the same attributes', () => {
    const title = 'Two cells, one scale: "12 m²" & more';
    const code = embedCode({ src: SRC, script: SCRIPT, title });
    const doc = new new HappyWindow().DOMParser().parseFromString(code, 'text/html');
    const frame = doc.querySelector('iframe')!;
    expect(frame.getAttribute('title')).toBe(title);
    expect(frame.getAttribute('src')).toBe(SRC);
    expect(doc.querySelector('script')!.getAttribute('src')).toBe(SCRIPT);
  });

  it('escapeAttr handles every special character', () => {
    expect(escapeAttr(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('embed code with measured heights', () => {
  const heights = { narrowest: 640, narrow: 600, wide: 740 };

  it('wraps the frame in a size container and gives it a height that follows its width', () => {
    const code = embedCode({ src: SRC, script: SCRIPT, title: 'T', heights });
    const doc = new new HappyWindow().DOMParser().parseFromString(code, 'text/html');
    const wrapper = doc.querySelector('div')!;
    expect(wrapper.getAttribute('style')).toBe('container-type:inline-size');
    const frame = wrapper.querySelector('iframe')!;
    // A host that drops style attributes gets the height at an article's width.
    expect(frame.getAttribute('height')).toBe('740');
    expect(frame.getAttribute('style')).toBe(`border:0;width:100%;height:${fallbackHeightCss(heights)}`);
    expect(doc.querySelector('script')!.getAttribute('src')).toBe(SCRIPT);
  });

  /** The CSS height at a frame width, computed as a browser would. */
  function heightAt(css: string, width: number): number {
    const cqw = width / 100;
    const expr = css
      .replace(/([\d.-]+)cqw/g, (_, n: string) => String(Number(n) * cqw))
      .replace(/px/g, '')
      .replace(/calc\(/g, '(')
      .replace(/clamp\(([^,]+), (\([^)]*\)), ([^)]+)\)/g, 'Math.max($1, Math.min($2, $3))')
      .replace(/^max\(/, 'Math.max(');
    return Function(`return ${expr}`)() as number;
  }

  it('the CSS height is each measured height at its width, a straight line between, flat beyond', () => {
    const css = fallbackHeightCss(heights);
    expect(css).toMatch(/^max\(clamp\(.+\), clamp\(.+\)\)$/);
    expect(heightAt(css, NARROWEST_WIDTH)).toBeCloseTo(640, 0);
    expect(heightAt(css, NARROW_WIDTH)).toBeCloseTo(600, 0);
    expect(heightAt(css, WIDE_WIDTH)).toBeCloseTo(740, 0);
    expect(heightAt(css, 340)).toBeCloseTo(620, 0);
    expect(heightAt(css, 500)).toBeCloseTo(670, 0);
    expect(heightAt(css, 960)).toBeCloseTo(740, 0);
    // Continued a little below 320 px (to the line's value at 280), then flat.
    expect(heightAt(css, 300)).toBeCloseTo(660, 0);
    expect(heightAt(css, 200)).toBeCloseTo(680, 0);
  });

  it('embedSrc opens the embed at one state, absolute or not', () => {
    expect(embedSrc(SRC)).toBe(SRC);
    expect(embedSrc(SRC, 'bed')).toBe(`${SRC}?step=bed`);
    expect(embedSrc('/embed/room/', 'us-life')).toBe('/embed/room/?step=us-life');
    expect(embedSrc('/embed/room/', 'a b&c')).toBe('/embed/room/?step=a+b%26c');
  });
});

describe('creditLine', () => {
  it('credits each publisher once, with the years of its works, in order of first use', () => {
    const credits = creditLine([
      { id: 'a', publisher: 'Statistics Norway (SSB)', date: '2013-05-01' },
      { id: 'b', publisher: 'Bureau of Justice Statistics', date: '2021' },
      { id: 'c', publisher: 'Statistics Norway (SSB)', date: '2016-01-01' },
      { id: 'd', publisher: 'Statistics Norway (SSB)', date: '2013-09-09' },
      { id: 'e', publisher: 'Wikipedia', date: 'undated' },
    ]);
    expect(credits).toEqual([
      { publisher: 'Statistics Norway (SSB)', works: [{ ids: ['a', 'd'], year: '2013' }, { ids: ['c'], year: '2016' }] },
      { publisher: 'Bureau of Justice Statistics', works: [{ ids: ['b'], year: '2021' }] },
      { publisher: 'Wikipedia', works: [{ ids: ['e'], year: 'undated' }] },
    ]);
  });
});

describe('oembedRich', () => {
  it('answers with every field the oEmbed spec requires of a rich response, and its thumbnail whole', () => {
    const r = oembedRich({
      title: 'T', providerName: 'P', providerUrl: 'https://news.example/', html: '<iframe></iframe>',
      heights: { narrowest: 640, narrow: 600, wide: 740.4 }, thumbnail: { url: 'https://news.example/c.png', width: 1200, height: 630 },
    });
    expect(r).toEqual({
      type: 'rich', version: '1.0', title: 'T', provider_name: 'P', provider_url: 'https://news.example/', cache_age: OEMBED_CACHE_AGE,
      html: '<iframe></iframe>', width: WIDE_WIDTH, height: 740,
      thumbnail_url: 'https://news.example/c.png', thumbnail_width: 1200, thumbnail_height: 630,
    });
  });
});

describe('shortLabel', () => {
  it('keeps the first sentence', () => {
    expect(shortLabel('Picture a small room. Pale walls, a wooden floor, a door behind you.')).toBe('Picture a small room.');
    expect(shortLabel('The answer is 20%.  Of the people released in 2005, that share.')).toBe('The answer is 20%.');
    expect(shortLabel('It is about 4.5 m² in size. Next.')).toBe('It is about 4.5 m² in size.');
    expect(shortLabel('He said “no.” Then he left.')).toBe('He said “no.”');
  });

  it('keeps a question whole and text without a full stop as it is', () => {
    expect(shortLabel('What share do you think were sentenced again within two years?')).toBe('What share do you think were sentenced again within two years?');
    expect(shortLabel('  guess \n')).toBe('guess');
  });

  it('cuts a long sentence at a word, with an ellipsis', () => {
    const long = `${'word '.repeat(40)}end.`;
    const label = shortLabel(long, 50);
    expect(label.length).toBeLessThanOrEqual(50);
    expect(label.endsWith('word…')).toBe(true);
  });
});

/** A host page with iframes, as hostScript sees it. */
function fakeHost(frames: Array<{ src: string; blank?: true }>, script = `${'https://news.example'}/embed.js`) {
  const listeners: Array<(e: Partial<MessageEvent>) => void> = [];
  const iframes = frames.map((f) => {
    const attrs: Record<string, string> = {};
    return {
      src: f.src,
      style: {} as Record<string, string>,
      attrs,
      setAttribute: (k: string, v: string) => (attrs[k] = v),
      // A frame still on about:blank shares the host's origin, so its location can be read.
      contentWindow: { postMessage: vi.fn(), ...(f.blank ? { location: { href: 'about:blank' } } : {}) },
    };
  });
  const w = {
    location: { href: 'https://host.example/article/' },
    document: { currentScript: script ? { src: script } : null, getElementsByTagName: (tag: string) => (tag === 'iframe' ? iframes : []) },
    addEventListener: (type: string, fn: (e: Partial<MessageEvent>) => void) => {
      if (type === 'message') listeners.push(fn);
    },
  };
  const send = (e: Partial<MessageEvent>) => listeners.forEach((fn) => fn(e));
  return { w: w as unknown as Window, iframes, listeners, send };
}

const CONFIG: HostConfig = { height: HEIGHT_MESSAGE, ping: PING_MESSAGE, path: EMBED_PATH, max: MAX_HEIGHT, min: 160 };
const ORIGIN = 'https://news.example';

describe('hostScript (the page that frames embeds)', () => {
  it('sizes the frame whose window sent the height, and no other', () => {
    const { w, iframes, send } = fakeHost([{ src: SRC }, { src: `${ORIGIN}/embed/cells/` }]);
    hostScript(w, CONFIG);
    send({ data: { type: HEIGHT_MESSAGE, scene: 'cells', height: 812.3 }, origin: ORIGIN, source: iframes[1]!.contentWindow as unknown as Window });
    expect(iframes[1]!.style.height).toBe('813px');
    expect(iframes[1]!.attrs.height).toBe('813');
    expect(iframes[0]!.style.height).toBeUndefined();
    send({ data: { type: HEIGHT_MESSAGE, scene: 'room', height: 500 }, origin: ORIGIN, source: iframes[0]!.contentWindow as unknown as Window });
    expect(iframes[0]!.style.height).toBe('500px');
    expect(iframes[1]!.style.height).toBe('813px');
  });

  it('ignores messages from another origin than the frame\'s src, from unknown windows, of other types or with bad heights', () => {
    const { w, iframes, send } = fakeHost([{ src: SRC }, { src: 'https://ads.example/widget/x/' }]);
    hostScript(w, CONFIG);
    const source = iframes[0]!.contentWindow as unknown as Window;
    send({ data: { type: HEIGHT_MESSAGE, height: 900 }, origin: 'https://evil.example', source });
    send({ data: { type: HEIGHT_MESSAGE, height: 900 }, origin: ORIGIN, source: {} as Window });
    send({ data: { type: HEIGHT_MESSAGE, height: 900 }, origin: ORIGIN, source: null });
    send({ data: { type: 'other:embed-height', height: 900 }, origin: ORIGIN, source });
    send({ data: { type: HEIGHT_MESSAGE, height: '900' }, origin: ORIGIN, source });
    send({ data: { type: HEIGHT_MESSAGE, height: Number.NaN }, origin: ORIGIN, source });
    send({ data: null, origin: ORIGIN, source });
    send({ data: 'norway-prisons:embed-height', origin: ORIGIN, source });
    expect(iframes[0]!.style.height).toBeUndefined();
    // A frame that is not an embed (another path) is never sized, even by its own origin.
    send({ data: { type: HEIGHT_MESSAGE, height: 900 }, origin: 'https://ads.example', source: iframes[1]!.contentWindow as unknown as Window });
    expect(iframes[1]!.style.height).toBeUndefined();
  });

  it('keeps the height within bounds: never taller than MAX_HEIGHT, never collapsed', () => {
    const { w, iframes, send } = fakeHost([{ src: SRC }]);
    hostScript(w, CONFIG);
    send({ data: { type: HEIGHT_MESSAGE, height: 1e9 }, origin: ORIGIN, source: iframes[0]!.contentWindow as unknown as Window });
    expect(iframes[0]!.style.height).toBe(`${MAX_HEIGHT}px`);
    send({ data: { type: HEIGHT_MESSAGE, height: 0 }, origin: ORIGIN, source: iframes[0]!.contentWindow as unknown as Window });
    expect(iframes[0]!.style.height).toBe('160px');
  });

  it('trusts only frames of the site it was loaded from, whatever their path', () => {
    // A video player elsewhere also lives under /embed/, and sends a message shaped like ours.
    const { w, iframes, send } = fakeHost([{ src: 'https://video.example/embed/abc/' }, { src: SRC }]);
    hostScript(w, CONFIG);
    send({ data: { type: HEIGHT_MESSAGE, height: 4321 }, origin: 'https://video.example', source: iframes[0]!.contentWindow as unknown as Window });
    expect(iframes[0]!.style.height).toBeUndefined();
    expect(iframes[0]!.contentWindow.postMessage).not.toHaveBeenCalled();
    // Loaded some other way (no script element to say where from): it trusts no one.
    const orphan = fakeHost([{ src: SRC }], '');
    hostScript(orphan.w, CONFIG);
    orphan.send({ data: { type: HEIGHT_MESSAGE, height: 700 }, origin: ORIGIN, source: orphan.iframes[0]!.contentWindow as unknown as Window });
    expect(orphan.iframes[0]!.style.height).toBeUndefined();
  });

  it('asks every loaded embed of its site for its height, and listens once however many copies run', () => {
    const { w, iframes, listeners } = fakeHost([
      { src: SRC }, { src: '/embed/cells/' }, { src: 'https://other.example/page/' }, { src: '' }, { src: `${ORIGIN}/embed/rates/`, blank: true },
    ]);
    hostScript(w, CONFIG);
    hostScript(w, CONFIG);
    expect(listeners).toHaveLength(1);
    expect(iframes[0]!.contentWindow.postMessage).toHaveBeenCalledWith({ type: PING_MESSAGE }, ORIGIN);
    expect(iframes[0]!.contentWindow.postMessage).toHaveBeenCalledTimes(2);
    // A relative src is resolved against the host page, which is not our site.
    expect(iframes[1]!.contentWindow.postMessage).not.toHaveBeenCalled();
    expect(iframes[2]!.contentWindow.postMessage).not.toHaveBeenCalled();
    expect(iframes[3]!.contentWindow.postMessage).not.toHaveBeenCalled();
    // Still on about:blank: not pinged (that would warn on the host page); it reports itself when it loads.
    expect(iframes[4]!.contentWindow.postMessage).not.toHaveBeenCalled();
  });

  it('is served as a self-contained script that works on its own', () => {
    const source = hostScriptSource();
    expect(source).toContain(HEIGHT_MESSAGE);
    expect(source).not.toMatch(/\bimport\b|\brequire\(|__vite|export /);
    const { w, iframes, send } = fakeHost([{ src: SRC }]);
    new Function('window', source)(w);
    expect(iframes[0]!.contentWindow.postMessage).toHaveBeenCalledWith({ type: PING_MESSAGE }, ORIGIN);
    send({ data: { type: HEIGHT_MESSAGE, height: 640 }, origin: ORIGIN, source: iframes[0]!.contentWindow as unknown as Window });
    expect(iframes[0]!.style.height).toBe('640px');
  });
});
