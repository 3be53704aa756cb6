/**
 * What `prepare` read of the document's lines, kept for `extract`: the block that is the same text
 * as a line reuses its definition candidates and tokens, which follow from the text alone. Texts
 * are filed by length and compared whole only on equal length, so neither side hashes a text:
 * hashing every block costs about as much as reading it.
 */
import { findCandidates, type Candidates } from './definition-candidates.js';
import { tokenize, type Token } from './tokens.js';

interface Reading {
  text: string;
  candidates: Candidates;
  /** Made only where a candidate needed them. */
  tokens: Token[] | undefined;
}

export class PreparedTexts {
  private readonly byLength = new Map<number, Reading[]>();

  /** Read a line for definition candidates (tokenizing it only if one needs the tokens) and keep the reading. */
  read(text: string): Candidates {
    const reading: Reading = { text, candidates: { parenthesis: [], first: [], apposition: [] }, tokens: undefined };
    reading.candidates = findCandidates(text, () => (reading.tokens ??= tokenize(text)));
    const same = this.byLength.get(text.length);
    if (same) same.push(reading);
    else this.byLength.set(text.length, [reading]);
    return reading.candidates;
  }

  /** What was read of `text`, if `prepare` read it. */
  get(text: string): Reading | undefined {
    const same = this.byLength.get(text.length);
    if (same) for (const reading of same) if (reading.text === text) return reading;
    return undefined;
  }
}

const STATE_KEY = 'organization/prepared';

/** The document's prepared texts, in the per-document state (made on first use). */
export function preparedTexts(state: Map<string, unknown>): PreparedTexts {
  const had = state.get(STATE_KEY);
  if (had instanceof PreparedTexts) return had;
  const made = new PreparedTexts();
  state.set(STATE_KEY, made);
  return made;
}
