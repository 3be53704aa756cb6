/**
 * The gold files eval runs on by default, as paths relative to the repository root: the shared
 * gold (`../shared/gold/*.gold.json`, `../shared/varied/*.gold.json`) and the fixtures (`fixtures/gold/*.gold.json`) and the held-out fixtures (`fixtures/heldout/gold/*.gold.json`). Folders
 * that do not exist give nothing; `missing` says which, for tests to skip with a reason.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pushAll } from '../../pipeline/push-all.js';

export const GOLD_FOLDERS = ['../shared/gold', '../shared/varied', 'fixtures/gold', 'fixtures/heldout/gold'] as const;

export function goldFiles(root: string): { paths: string[]; missing: string[] } {
  const paths: string[] = [];
  const missing: string[] = [];
  for (const folder of GOLD_FOLDERS) {
    const files = existsSync(join(root, folder)) ? readdirSync(join(root, folder)).filter((f) => f.endsWith('.gold.json')).sort() : [];
    if (files.length === 0) missing.push(`${folder}/*.gold.json`);
    pushAll(paths, files.map((f) => `${folder}/${f}`));
  }
  return { paths, missing };
}
