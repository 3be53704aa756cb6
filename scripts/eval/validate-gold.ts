/**
 * Gold validation before any scoring: everything ANNOTATION.md §1–§4 says a gold file is.
 * Returns the problems as reasons naming the item (the caller prefixes the file's path);
 * an empty list means the file can be scored.
 */
import { GOLD_FORMAT } from '../../pipeline/gold.js';
import { MENTION_TYPES } from '../../extractors/types.js';
import { modProblem, valueProblem } from './grammar.js';
import { eventProblems } from './validate-events.js';
import { isRecord, itemName, overlapProblems, spanProblems, type Problems } from './validate-items.js';
import { pushAll } from '../../pipeline/push-all.js';

/** The document as read from disk; `undefined` fields when it could not be read (already reported). */
export interface DocumentCheck {
  content?: string;
  sha256?: string;
}

export function validateGold(json: unknown, doc: DocumentCheck): Problems {
  if (!isRecord(json)) return ['not a JSON object'];
  const problems: Problems = [];
  if (json.format !== GOLD_FORMAT) problems.push(`format is ${JSON.stringify(json.format)}, expected "${GOLD_FORMAT}"`);
  if (typeof json.document !== 'string') problems.push('document (path of the text file) is missing');
  if (typeof json.sha256 !== 'string') problems.push('sha256 is missing');
  else if (doc.sha256 !== undefined && json.sha256.toLowerCase() !== doc.sha256) {
    problems.push(`sha256 ${json.sha256} does not match the document's bytes (${doc.sha256}): the text was changed after annotation`);
  }
  pushAll(problems, regionProblems(json.regions, doc.content));
  for (const layer of ['headings', 'mentions', 'events'] as const) {
    if (!Array.isArray(json[layer])) problems.push(`${layer} is not a list`);
  }
  if (Array.isArray(json.headings)) pushAll(problems, headingProblems(json.headings, doc.content));
  if (Array.isArray(json.mentions)) pushAll(problems, mentionProblems(json.mentions, doc.content));
  if (Array.isArray(json.events)) pushAll(problems, eventProblems(json.events, doc.content));
  return problems;
}

function regionProblems(regions: unknown, content: string | undefined): Problems {
  if (regions === undefined) return [];
  if (!Array.isArray(regions)) return ['regions is not a list of [start, end] pairs'];
  return regions.flatMap((r, i) => {
    const ok = Array.isArray(r) && r.length === 2 && r.every(Number.isInteger) && 0 <= r[0] && r[0] < r[1];
    if (!ok) return [`regions[${i}]: ${JSON.stringify(r)} is not a [start, end] pair with 0 <= start < end`];
    return content !== undefined && r[1] > content.length ? [`regions[${i}]: end ${r[1]} is past the end of the text (${content.length})`] : [];
  });
}

function headingProblems(headings: unknown[], content: string | undefined): Problems {
  const problems: Problems = [];
  const spans: Array<{ name: string; start: number; end: number }> = [];
  headings.forEach((h, i) => {
    if (!isRecord(h)) return void problems.push(`headings[${i}]: not an object`);
    const name = itemName(`headings[${i}]`, h);
    const span = spanProblems(name, h, content);
    pushAll(problems, span);
    if (!(Number.isInteger(h.level) && (h.level as number) >= 1)) problems.push(`${name}: level ${JSON.stringify(h.level)} is not an integer >= 1`);
    if (span.length === 0) spans.push({ name, start: h.start as number, end: h.end as number });
  });
  return [...problems, ...overlapProblems('heading', spans)];
}

function mentionProblems(mentions: unknown[], content: string | undefined): Problems {
  const problems: Problems = [];
  const layers = new Map<string, Array<{ name: string; start: number; end: number }>>();
  mentions.forEach((m, i) => {
    if (!isRecord(m)) return void problems.push(`mentions[${i}]: not an object`);
    const name = itemName(`mentions[${i}]`, m, m.type);
    const span = spanProblems(name, m, content);
    pushAll(problems, span);
    if (!(MENTION_TYPES as readonly unknown[]).includes(m.type)) return void problems.push(`${name}: unknown mention type ${JSON.stringify(m.type)}`);
    const type = m.type as string;
    for (const reason of [valueProblem(type, m.value), modProblem(type, m.mod)]) if (reason) problems.push(`${name}: ${reason}`);
    if (span.length === 0) {
      const layer = layers.get(type) ?? [];
      layer.push({ name, start: m.start as number, end: m.end as number });
      layers.set(type, layer);
    }
  });
  for (const [type, spans] of layers) pushAll(problems, overlapProblems(type, spans));
  return problems;
}
