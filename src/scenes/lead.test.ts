import { describe, expect, it } from 'vitest';
import { LEAD_STATE } from './lead';
import { SCENES, isSceneName } from './registry';

describe('LEAD_STATE', () => {
  it('names a state of each scene, before its twist', () => {
    for (const [scene, state] of Object.entries(LEAD_STATE)) {
      if (state === null || !isSceneName(scene)) continue;
      const { states } = SCENES[scene];
      const reveal = 'reveal' in SCENES[scene] ? (SCENES[scene] as { reveal: string }).reveal : undefined;
      expect(states as readonly string[], scene).toContain(state);
      if (reveal) expect((states as readonly string[]).indexOf(state), `${scene}: ${state} comes before ${reveal}`).toBeLessThan((states as readonly string[]).indexOf(reveal));
    }
  });
});
