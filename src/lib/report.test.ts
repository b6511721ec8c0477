import { describe, expect, it } from 'vitest';
import { MAX_QUOTE, reportMailto } from './report';

const decode = (href: string) => {
  const url = new URL(href);
  return { to: url.pathname, subject: url.searchParams.get('subject'), body: url.searchParams.get('body') };
};

describe('reportMailto', () => {
  it('names the section and its address, and quotes the selection', () => {
    const m = decode(reportMailto({ to: 'x@example.org', title: 'The cell', url: 'https://s.example/story/the-cell/', selected: '  about\n12 m² ' }));
    expect(m.to).toBe('x@example.org');
    expect(m.subject).toBe('Error report: The cell');
    expect(m.body).toContain('Section: The cell\nAddress: https://s.example/story/the-cell/');
    expect(m.body).toContain('The text in question: “about 12 m²”');
  });
  it('leaves the quote out when nothing is selected, and cuts a long one', () => {
    expect(decode(reportMailto({ to: 'x@example.org', title: 'T', url: 'https://s.example/' })).body).not.toContain('in question');
    const long = decode(reportMailto({ to: 'x@example.org', title: 'T', url: 'https://s.example/', selected: 'a'.repeat(2000) })).body!;
    expect(long.match(/“(a+)…”/)![1]!.length).toBe(MAX_QUOTE - 1);
  });
  it('survives characters that mean something in an address', () => {
    const m = decode(reportMailto({ to: 'x@example.org', title: 'A & B? #1', url: 'https://s.example/', selected: 'x&subject=spoof' }));
    expect(m.subject).toBe('Error report: A & B? #1');
    expect(m.body).toContain('“x&subject=spoof”');
  });
});
