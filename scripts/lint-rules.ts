/** `npm run lint-rules`: unique, well-named rule ids, each firing on its corpus. Exit 1 on any problem. */
import { lintRules } from './lint/rules.js';

const problems = await lintRules();
for (const p of problems) console.error(`${p.rule}: ${p.problem}`);
console.error(problems.length === 0 ? 'rules: all ids unique and every rule fires on its corpus' : `${problems.length} problem(s)`);
process.exitCode = problems.length === 0 ? 0 : 1;
