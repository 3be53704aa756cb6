/**
 * `npm run readme`: write the README's generated blocks afresh (the demo's worked questions and
 * their answers, the value F1 on this repository's gold files). Run it when test/readme.test.ts
 * says the README is out of date, look at the diff, and commit it with the change that moved them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKnowledgeBase } from '../api/index.js';
import { projectRoot } from '../pipeline/project-root.js';
import { runDemo } from './demo-run.js';
import { accuracyBlock, workedQuestionsBlock, writeBlock } from './readme-blocks.js';

const root = projectRoot();
process.chdir(root); // reports.path reads fixtures/… as in `npm run demo`
const dir = mkdtempSync(join(tmpdir(), 'reportkb-readme-'));
const kb = openKnowledgeBase(join(dir, 'demo.sqlite'));
try {
  const { answers, summary } = await runDemo(kb);
  if (summary.counts.failed > 0) throw new Error(`the demo's ingest failed on ${summary.failures.map((f) => `${f.path}: ${f.reason}`).join('; ')}`);
  const file = join(root, 'README.md');
  let readme = readFileSync(file, 'utf8');
  readme = writeBlock(readme, 'worked-questions', workedQuestionsBlock(answers));
  readme = writeBlock(readme, 'accuracy', await accuracyBlock());
  writeFileSync(file, readme);
  process.stderr.write(`README.md: worked questions (${answers.filter((a) => a.readme).length} of the demo's ${answers.length}) and accuracy written; ${readme.split('\n').length} lines\n`);
} finally {
  kb.close();
  rmSync(dir, { recursive: true, force: true });
}
