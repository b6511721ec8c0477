/**
 * Each scene's one-sentence point (src/scenes/points.ts) is written like the
 * content: every figure a {{token}} of a real statistic, none typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { SCENES } from '../../src/scenes/registry';
import { SCENE_POINTS } from '../../src/scenes/points';
import { findTypedFigures } from '../../src/lib/typed-figures';
import { tokensIn } from '../../src/lib/template';
import { readContent } from '../helpers/read-content';

const ids = new Set(readContent('content').statistics.map((s) => s.id));

describe('scene points', () => {
  it('has one sentence for every scene and no other', () => {
    expect(Object.keys(SCENE_POINTS).sort()).toEqual(Object.keys(SCENES).sort());
  });
  for (const [scene, point] of Object.entries(SCENE_POINTS)) {
    it(`${scene}: one sentence, figures only as tokens of known statistics`, () => {
      expect(point).toMatch(/^[A-Z].*\.$/);
      expect(findTypedFigures(point.replace(/\{\{[^}]*\}\}/g, 'X')).map((f) => f.figure)).toEqual([]);
      for (const t of tokensIn(point)) expect(ids, `${scene}: {{${t.id}}}`).toContain(t.id);
    });
  }
});
