import { describe, expect, it } from 'vitest';
import { roundAttributeNumbers } from './svg-numbers';

describe('roundAttributeNumbers', () => {
  it('rounds floating-point noise in attribute values to 0.01', () => {
    expect(roundAttributeNumbers('<path d="M269.9 127.69999999999999 H253.8 Q165.86 144 180.41000000000003 0"/>'))
      .toBe('<path d="M269.9 127.7 H253.8 Q165.86 144 180.41 0"/>');
    expect(roundAttributeNumbers('<g data-fx-delay="0.15000000000000002">')).toBe('<g data-fx-delay="0.15">');
  });

  it('leaves hand-written numbers and text alone', () => {
    const html = '<text x="12.5" y="0.125">3.14159265 is not in an attribute</text>';
    expect(roundAttributeNumbers(html)).toBe(html);
  });
});
