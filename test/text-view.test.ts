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
  it('reads a raw span back through the view: furniture and line breaks inside it are cut out or folded', () => {
    const read = (rawText: string) => {
      const start = raw.indexOf(rawText);
      return view.text.slice(view.fromRaw(start), view.fromRaw(start + rawText.length));
    };
    expect(read('held\n\n- 2 -\nin Lima')).toBe('held in Lima');
    expect(read('secu-\nrity')).toBe('security');
    expect(read('The')).toBe('The');
    expect(view.fromRaw(raw.length)).toBe(view.text.length);
  });
  it('is the identity for an untouched text', () => {
    const v = TextView.identity('abc');
    expect([v.text, v.toRaw(0), v.toRaw(3, 'end')]).toEqual(['abc', 0, 3]);
  });
  it('refuses pieces that go backwards', () => {
    expect(() => new TextViewBuilder('abc').copy(1, 2).copy(0, 1)).toThrow(RangeError);
  });
});
