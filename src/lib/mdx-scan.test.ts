import { describe, expect, it } from 'vitest';
import { scanMdx } from './mdx-scan';

const body = `Intro <Stat id="a" /> text <Cite source="s1" />.

<Scrolly scene="room" title="T" alt="Alt">

<Step state="walls">
One <Stat id="b" format="short" />.
</Step>

<Step state="bed">Two</Step>

</Scrolly>

<Quote by="Someone" source="s2">Words</Quote>
`;

describe('scanMdx', () => {
  const scan = scanMdx(body, 10);

  it('lists steps inside their scrolly, with file line numbers', () => {
    expect(scan.scrollies).toHaveLength(1);
    expect(scan.scrollies[0]!.attrs.strings).toEqual({ scene: 'room', title: 'T', alt: 'Alt' });
    expect(scan.scrollies[0]!.steps.map((s) => [s.attrs.strings.state, s.line])).toEqual([['walls', 15], ['bed', 19]]);
    expect(scan.straySteps).toEqual([]);
  });

  it('records citations in reading order', () => {
    expect(scan.citationOrder).toEqual([
      { kind: 'stat', id: 'a' },
      { kind: 'source', id: 's1' },
      { kind: 'stat', id: 'b' },
      { kind: 'source', id: 's2' },
    ]);
  });

  it('separates plain strings from {expressions}', () => {
    const s = scanMdx('<Stat id={x} format="short" />');
    expect(s.uses[0]!.attrs).toEqual({ strings: { format: 'short' }, expressions: ['id'] });
  });
});
