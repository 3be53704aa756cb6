/**
 * The bench corpus: the shared report (.txt, .pdf) and the fixtures (.txt, .pdf, .docx), copied
 * until the copies hold at least the asked-for bytes. Each copy is made distinct (a comment
 * line in a .txt, a trailing `%` comment in a .pdf, the zip comment of a .docx) so that ingest,
 * which skips content it has seen by sha256, reads every one.
 *
 * Copies share every word of their few sources, so after the first ones the extractors' caches
 * meet nothing new, unlike a real batch whose reports each bring new names. A varied corpus adds
 * to each .txt copy a paragraph of names made up for it (variedParagraph): what is kept from one
 * report to the next then shows in peak RSS, as it would on real reports.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';

export interface Source {
  path: string;
  format: 'txt' | 'pdf' | 'docx';
  bytes: Uint8Array;
}

export interface BenchCorpus {
  dir: string;
  files: string[];
  bytes: number;
  sources: Source[];
  /** False when ../shared was not there and the corpus is made of the fixtures alone. */
  shared: boolean;
}

export function findSources(root: string): { sources: Source[]; shared: boolean } {
  const sharedDir = resolve(root, '../shared/corpus');
  const folders: Array<[string, RegExp]> = [
    [sharedDir, /\.(txt|pdf)$/i],
    [join(root, 'fixtures/texts'), /\.txt$/i],
    [join(root, 'fixtures/heldout/texts'), /\.txt$/i],
    [join(root, 'fixtures/pdf'), /\.pdf$/i],
    [join(root, 'fixtures/docx'), /\.docx$/i],
  ];
  const sources: Source[] = [];
  for (const [dir, pattern] of folders) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!pattern.test(name)) continue;
      const path = join(dir, name);
      sources.push({ path, format: extname(name).slice(1).toLowerCase() as Source['format'], bytes: readFileSync(path) });
    }
  }
  return { sources, shared: existsSync(sharedDir) };
}

/** Make `source` distinct with a marker that changes nothing the pipeline reads. */
export function distinctCopy(source: Source, marker: string): Uint8Array {
  if (source.format === 'txt') return Buffer.concat([source.bytes, Buffer.from(`\n\n${marker}\n`)]);
  if (source.format === 'pdf') return Buffer.concat([source.bytes, Buffer.from(`\n%${marker}\n`)]);
  return withZipComment(source.bytes, marker);
}

/** A .docx (zip) with its end-of-central-directory comment set to `comment`. */
function withZipComment(bytes: Uint8Array, comment: string): Uint8Array {
  const buf = Buffer.from(bytes);
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) !== 0x06054b50) continue;
    const text = Buffer.from(comment, 'latin1');
    const head = Buffer.from(buf.subarray(0, i + 22));
    head.writeUInt16LE(text.length, i + 20);
    return Buffer.concat([head, text]);
  }
  throw new Error('not a zip file: no end-of-central-directory record');
}

/** A copy's file name: its copy number, then its source's name ("0007-report.txt"). */
const copyName = (copy: number, sourcePath: string): string => `${String(copy).padStart(4, '0')}-${basename(sourcePath)}`;

/** The source a copy was made from, by name ("0007-report.txt" → "report.txt"). */
export const sourceOfCopy = (copyPath: string): string => basename(copyPath).replace(/^\d{4}-/, '');

/** A made-up word for copy `n` ("Q" + its number in four or more letters + "ovanichev"): 14 characters or more, as long names are. */
const madeUp = (n: number, tag: string): string =>
  `${tag}${[...n.toString(26).padStart(4, '0')].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}ovanichev`;

/** A paragraph naming people, a body (with its acronym) and a town that no other copy names. */
export function variedParagraph(n: number): string {
  const name = (tag: string) => madeUp(n, tag);
  return (
    `In March 2008, Ms. Maria ${name('Q')}, Director of the ${name('R')} Foundation for Public Safety (RFPS), ` +
    `and Jose ${name('S')} met officials of the ${name('T')} Committee Against Organized Crime in San ${name('U')}, Colombia. ` +
    `The ${name('R')} Foundation for Public Safety’s next meeting will be held in ${name('V')}.`
  );
}

/**
 * Copies of the sources (of the given formats, all by default) until they hold `minBytes`; with
 * `varied`, each .txt copy also names people, a body and towns of its own (variedParagraph).
 */
export function buildCorpus(root: string, dir: string, minBytes: number, formats?: ReadonlyArray<Source['format']>, varied = false): BenchCorpus {
  const found = findSources(root);
  const shared = found.shared;
  const sources = formats ? found.sources.filter((s) => formats.includes(s.format)) : found.sources;
  if (sources.length === 0) throw new Error('no bench sources found (fixtures/texts, fixtures/pdf, fixtures/docx)');
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < minBytes; copy++) {
    for (const source of sources) {
      const marker = `reportkb bench copy ${copy.toString(36)}-${files.length.toString(36)}`;
      const distinct = distinctCopy(source, marker);
      const data = varied && source.format === 'txt' ? Buffer.concat([distinct, Buffer.from(`\n${variedParagraph(files.length)}\n`)]) : distinct;
      const path = join(dir, copyName(copy, source.path));
      writeFileSync(path, data);
      files.push(path);
      bytes += data.length;
    }
  }
  return { dir, files, bytes, sources, shared };
}
