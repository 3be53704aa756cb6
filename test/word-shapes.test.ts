// extractors/text/word-shapes.ts: first character × length, the quick "certainly not" before a set is asked.
import { describe, expect, it } from 'vitest';
import { WordShapes } from '../extractors/text/word-shapes.js';

const code = (s: string) => s.charCodeAt(0);

describe('WordShapes', () => {
  it('holds the shapes of the words added and turns down the others', () => {
    const shapes = new WordShapes();
    for (const w of ['OAS', 'CICAD', 'inter']) shapes.add(w);
    expect(shapes.mayHold(code('O'), 3)).toBe(true);
    expect(shapes.mayHold(code('C'), 5)).toBe(true);
    expect(shapes.mayHold(code('i'), 5)).toBe(true);
    expect(shapes.mayHold(code('O'), 4)).toBe(false);
    expect(shapes.mayHold(code('X'), 3)).toBe(false);
    expect(shapes.mayHold(code('I'), 5)).toBe(false); // case counts
  });
  it('shares one slot among non-ASCII first characters and one bit among lengths from 31', () => {
    const shapes = new WordShapes();
    shapes.add('Ñandú');
    shapes.add('x'.repeat(40));
    expect(shapes.mayHold(code('É'), 5)).toBe(true);
    expect(shapes.mayHold(code('x'), 31)).toBe(true);
    expect(shapes.mayHold(code('x'), 30)).toBe(false);
  });
  it('copies go on on their own', () => {
    const first = new WordShapes();
    first.add('UN');
    const copy = new WordShapes(first);
    copy.add('IDB');
    expect(copy.mayHold(code('U'), 2)).toBe(true);
    expect(first.mayHold(code('I'), 3)).toBe(false);
  });
});
