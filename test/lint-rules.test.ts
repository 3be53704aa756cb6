import { expect, it } from 'vitest';
import { lintRules } from '../scripts/lint/rules.js';

it('every rule id is unique, well named, and fires on its corpus', async () => {
  expect(await lintRules()).toEqual([]);
}, 120_000);
