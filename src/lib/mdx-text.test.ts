import { describe, expect, it } from 'vitest';
import { mdxPlainText } from './mdx-text';

describe('mdxPlainText', () => {
  const stat = (id: string, format: string) => `[${id}:${format}]`;

  it('keeps prose and steps, prints statistics, drops footnotes', () => {
    const body = `Halden opened in <Stat id="opened" />.<Cite source="bbc" />

<Scrolly scene="room" title="T" alt="Alt text is not read here">

<Step state="bed">
A <Term id="x">bed</Term> and <Stat id="area" format="short" />.
</Step>

</Scrolly>`;
    expect(mdxPlainText(body, stat)).toBe('Halden opened in [opened:full].\n\nA bed and [area:short].');
  });

  it('separates blocks so sentences do not run together', () => {
    expect(mdxPlainText('# Heading\n\n- one\n- two', stat)).toBe('Heading\n\none\n\ntwo');
  });
});
