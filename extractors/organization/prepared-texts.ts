/**
 * What `prepare` read of the document's lines, kept for `extract`: the block that is the same text
 * as a line reuses its definition candidates and tokens, which follow from the text alone. Blocks
 * are looked up by length first: hashing every block's text costs about as much as tokenizing it.
 */
import { findCandidates, type Candidates } from './definition-candidates.js';
import { tokenize, type Token } from './tokens.js';

interface Reading {
  candidates: Candidates;
  /** Made only where a candidate needed them. */
  tokens: Token[] | undefined;
}

export class PreparedTexts {
  private readonly byText = new Map<string, Reading>();
  private readonly lengths = new Set<number>();

  /** Read a line for definition candidates (tokenizing it only if one needs the tokens) and keep the reading. */
  read(text: string): Candidates {
    const reading: Reading = { candidates: { parenthesis: [], first: [], apposition: [] }, tokens: undefined };
    reading.candidates = findCandidates(text, () => (reading.tokens ??= tokenize(text)));
    this.byText.set(text, reading);
    this.lengths.add(text.length);
    return reading.candidates;
  }

  /** What was read of `text`, if `prepare` read it. */
  get(text: string): Reading | undefined {
    return this.lengths.has(text.length) ? this.byText.get(text) : undefined;
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
