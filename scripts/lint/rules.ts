/**
 * Rule hygiene (STYLE.md §4): every rule id is unique across extractors, follows
 * `<type>/<pattern-name>`, and fires on at least one example of its extractor's corpus.
 */
import type { Corpus } from '../../extractors/corpus-types.js';
import { extractBlock } from '../../extractors/engine.js';
import { cases as eventCases } from '../../extractors/event/corpus.js';
import { TRIGGER_RULES } from '../../extractors/event/triggers.js';
import { EXTRACTORS } from '../../extractors/index.js';
import { blockContext } from '../../extractors/types.js';
import { createDoc } from '../../pipeline/document.js';
import { processDoc } from '../../pipeline/index.js';

export interface RuleProblem {
  rule: string;
  problem: string;
}

export async function lintRules(): Promise<RuleProblem[]> {
  const problems: RuleProblem[] = [];
  const seen = new Set<string>();
  const check = (id: string, type: string) => {
    if (seen.has(id)) problems.push({ rule: id, problem: 'id used twice' });
    seen.add(id);
    if (!new RegExp(`^${type}/[a-z0-9]+(?:-[a-z0-9]+)*$`).test(id)) problems.push({ rule: id, problem: `id is not '${type}/<kebab-case-name>'` });
  };
  for (const extractor of EXTRACTORS) {
    const { corpus } = (await import(`../../extractors/${extractor.type}/corpus.ts`)) as { corpus: Corpus };
    const fired = new Set<string>();
    const read = (text: string, context = {}) => {
      for (const m of extractBlock(text, blockContext(context))) if (m.type === extractor.type) fired.add(m.rule);
    };
    for (const group of corpus.examples) for (const p of group.phrasings) read(p, group.context);
    for (const c of corpus.embedded) read(c.text, c.context);
    for (const rule of extractor.rules) {
      check(rule.id, extractor.type);
      if (!fired.has(rule.id)) problems.push({ rule: rule.id, problem: 'fires on no example of its corpus (add one)' });
    }
  }
  const firedEvents = new Set<string>();
  for (const c of eventCases) {
    const doc = createDoc({ path: 'case.txt', format: 'txt', raw: c.text, sha256: '', bytes: c.text.length });
    for (const e of processDoc(doc).events) if (e.gold.rule) firedEvents.add(e.gold.rule);
  }
  for (const rule of TRIGGER_RULES) {
    check(rule.id, 'event');
    if (!firedEvents.has(rule.id)) problems.push({ rule: rule.id, problem: 'fires on no case of the events corpus (add one)' });
  }
  return problems;
}
