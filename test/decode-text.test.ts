import { describe, expect, it } from 'vitest';
import { decodeText } from '../pipeline/parse/decode-text.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16le(s: string, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[(bom ? 2 : 0) + i * 2] = s.charCodeAt(i) & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}

describe('decodeText', () => {
  it('reads UTF-8 and keeps offsets as a plain UTF-8 reading (BOM kept as U+FEFF)', () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Bogotá, 2007')]));
    expect(r).toMatchObject({ ok: true, value: { text: '\uFEFFBogotá, 2007', encoding: 'utf-8' } });
  });
  it('reads UTF-16 with a BOM and without one', () => {
    expect(decodeText(utf16le('Workshop in Lima, Peru.', true))).toMatchObject({ ok: true, value: { encoding: 'utf-16le', text: '\uFEFFWorkshop in Lima, Peru.' } });
    expect(decodeText(utf16le('Workshop in Lima, Peru.', false))).toMatchObject({ ok: true, value: { encoding: 'utf-16le', text: 'Workshop in Lima, Peru.' } });
  });
  it('reads Latin-1 text and says so', () => {
    const latin1 = new Uint8Array([...utf8('Seminario en Bogot'), 0xe1, ...utf8(', Colombia; se capacit'), 0xf3, ...utf8(' a 30 polic'), 0xed, ...utf8('as.')]);
    const r = decodeText(latin1);
    expect(r).toMatchObject({ ok: true, value: { encoding: 'windows-1252', text: 'Seminario en Bogotá, Colombia; se capacitó a 30 policías.' } });
    expect(r.ok && r.value.warning).toMatch(/not UTF-8/);
  });
  it('refuses empty, blank and binary files with a reason', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeText(utf8('  \n\n \t'))).toMatchObject({ ok: false, reason: expect.stringMatching(/blank/) });
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(decodeText(random)).toMatchObject({ ok: false });
  });
  it('refuses invalid UTF-8 that is not Latin-1 text either, naming the byte', () => {
    const bad = new Uint8Array([...utf8('abc '), 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, ...utf8(' def')]);
    expect(decodeText(bad)).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid UTF-8 \(bad byte 0x80 at offset 4\)/) });
  });
});
