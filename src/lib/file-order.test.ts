import { describe, expect, it } from 'vitest';
import { inFileOrder } from './file-order';

const yaml = `# a comment mentioning - id: zebra
- id: parole
  term: Parole
  see: [forvaring]

- id: "forvaring"
  term: Preventive detention

- id: 'aardvark' # quoted, with a comment
  term: A
`;

describe('inFileOrder', () => {
  it('orders entries as the file lists them, whatever order they arrive in', () => {
    const entries = [{ id: 'aardvark' }, { id: 'forvaring' }, { id: 'parole' }];
    expect(inFileOrder(entries, yaml).map((e) => e.id)).toEqual(['parole', 'forvaring', 'aardvark']);
  });

  it('keeps entries the file does not list (should none exist) at the end, in their order', () => {
    const entries = [{ id: 'zebra' }, { id: 'yak' }, { id: 'parole' }];
    expect(inFileOrder(entries, yaml).map((e) => e.id)).toEqual(['parole', 'zebra', 'yak']);
  });

  it('does not change the array it is given', () => {
    const entries = [{ id: 'forvaring' }, { id: 'parole' }];
    inFileOrder(entries, yaml);
    expect(entries.map((e) => e.id)).toEqual(['forvaring', 'parole']);
  });
});
