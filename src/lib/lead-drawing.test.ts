import { describe, expect, it } from 'vitest';
import { leadDrawing } from './lead-drawing';

const STATES = ['walls', 'bed', 'prison'] as const;
const scene = `<div class="scene-box"><svg class="scene-svg" role="img" aria-label="Whose room?" aria-describedby="scene-room-d" viewBox="0 0 10 10">
<title>Whose room?</title>
<defs><clipPath id="wall-clip"><rect width="5" height="5"></rect></clipPath></defs>
<rect class="wall" clip-path="url(#wall-clip)" data-fx="walls:1" data-effect="grow-x"></rect>
<g data-fx="bed:1" data-effect="fade"><text>Bed</text></g>
<text class="caption" data-fx="prison:1" data-effect="fade" data-off="">A cell</text>
<g data-fx="walls:1 prison:0" data-effect="fade" data-off=""><text>Home?</text></g>
<g data-fx="prison:1" data-effect="dim" data-off=""><text>Trees</text></g>
<use href="#wall-clip"></use>
<g data-fx="walls:1" data-effect="fade"><g class="guess-marker" data-reader-input><text>Your guess</text></g></g>
</svg></div><p id="scene-room-d" hidden>A room.</p>`;

describe('leadDrawing', () => {
  it('draws what is present in the state and drops what is not', () => {
    const first = leadDrawing(scene, STATES, 'walls');
    expect(first).toContain('class="wall"');
    expect(first).toContain('Home?');
    expect(first).not.toContain('Bed');
    expect(first).not.toContain('A cell');
    const second = leadDrawing(scene, STATES, 'bed');
    expect(second).toContain('Bed');
    expect(second).not.toContain('A cell');
  });

  it('leaves out what shows the reader\'s own input', () => {
    expect(leadDrawing(scene, STATES, 'walls')).not.toContain('Your guess');
  });

  it('marks a part present by removing data-off, and keeps a dimmed part, dimmed', () => {
    const bed = leadDrawing(scene, STATES, 'bed');
    expect(bed).toMatch(/<g data-fx="walls:1 prison:0" data-effect="fade">/);
    expect(bed).toMatch(/<g data-fx="prison:1" data-effect="dim" data-off="">[^]*Trees/);
    expect(leadDrawing(scene, STATES, 'prison')).toMatch(/<g data-fx="prison:1" data-effect="dim">/);
  });

  it('renames ids and every reference to them, so a second copy on the page clashes with nothing', () => {
    const out = leadDrawing(scene, STATES, 'walls');
    expect(out).toContain('id="wall-clip-lead"');
    expect(out).toContain('clip-path="url(#wall-clip-lead)"');
    expect(out).toContain('href="#wall-clip-lead"');
    expect(out).not.toMatch(/id="wall-clip"|url\(#wall-clip\)/);
  });

  it('is hidden from assistive technology, with no name, title or description of its own', () => {
    const out = leadDrawing(scene, STATES, 'walls');
    expect(out).toMatch(/^<svg[^>]*aria-hidden="true"/);
    expect(out).not.toMatch(/role=|aria-label=|aria-describedby=|<title>|scene-room-d/);
  });

  it('names the state it does not know', () => {
    expect(() => leadDrawing(scene, STATES, 'kitchen')).toThrow(/"kitchen" is not one of the scene's states \(walls, bed, prison\)/);
  });
});
