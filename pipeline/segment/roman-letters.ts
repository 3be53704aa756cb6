/**
 * "(i)", "(v)", "(x)" read as letters or as lower-case roman numerals by their neighbours: "(i)"
 * before "(ii)" is the first roman one ("(a) Courses" / "(i) Customs officers" / "(ii) Police
 * officers": both under "(a)"), "(v)" after "(iv)" the fifth; "(i)" after "(h)" stays a letter.
 */
import type { Block } from '../document.js';
import { rankOf } from './heading-style.js';

const SINGLE = /^\(?(?<n>[ivx])[.)]\s/;

export function romanLetters(blocks: readonly Block[], ranks: number[], text: string): void {
  const letter = rankOf('letter-lower');
  const roman = rankOf('roman-lower');
  const listed = blocks.flatMap((b, k) => (b.kind === 'heading' && (ranks[k] === letter || ranks[k] === roman) ? [k] : []));
  listed.forEach((k, n) => {
    const label = SINGLE.exec(text.slice(blocks[k]!.start, blocks[k]!.end))?.groups?.n;
    if (ranks[k] !== letter || label === undefined) return;
    const before = listed[n - 1];
    const after = listed[n + 1];
    const romanBefore = before !== undefined && ranks[before] === roman;
    const romanAfter = after !== undefined && ranks[after] === roman;
    if ((label === 'i' && romanAfter) || (label !== 'i' && romanBefore)) ranks[k] = roman;
  });
}
