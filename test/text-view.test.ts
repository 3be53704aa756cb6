import { describe, expect, it } from 'vitest';
import { TextView, TextViewBuilder } from '../pipeline/text-view.js';

describe('TextView', () => {
  const raw = 'The secu-\nrity work-\nshop was held\n\n- 2 -\nin Lima.';
  // view: "The security workshop was held in Lima."
  const view = new TextViewBuilder(raw)
    .copy(0, 8) // "The secu"
    .replace(8, 10, '') // "-\n"
    .copy(10, 19) // "rity work"
    .replace(19, 21, '') // "-\n"
    .copy(21, 34) // "shop was held"
    .replace(34, 42, ' ') // "\n\n- 2 -\n"
    .copy(42, raw.length)
    .build();

  it('joins what normalization joins', () => {
    expect(view.text).toBe('The security workshop was held in Lima.');
  });
  it('maps every view span back to the raw text', () => {
    const at = (w: string) => view.text.indexOf(w);
    const back = (w: string) => raw.slice(view.toRaw(at(w), 'start'), view.toRaw(at(w) + w.length, 'end'));
    expect(back('security')).toBe('secu-\nrity');
    expect(back('workshop')).toBe('work-\nshop');
    expect(back('held in Lima')).toBe('held\n\n- 2 -\nin Lima');
    expect(back('Lima.')).toBe('Lima.');
  });
  it('is the identity for an untouched text', () => {
    const v = TextView.identity('abc');
    expect([v.text, v.toRaw(0), v.toRaw(3, 'end')]).toEqual(['abc', 0, 3]);
  });
  it('refuses pieces that go backwards', () => {
    expect(() => new TextViewBuilder('abc').copy(1, 2).copy(0, 1)).toThrow(RangeError);
  });
});
