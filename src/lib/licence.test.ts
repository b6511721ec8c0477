import { describe, expect, it } from 'vitest';
import { reuseLine } from './licence';

describe('reuseLine', () => {
  it('names the licence, its address and whom to credit', () => {
    expect(reuseLine({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }, 'The Team')).toBe(
      'Text, charts and data: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Credit: The Team.',
    );
  });
});
