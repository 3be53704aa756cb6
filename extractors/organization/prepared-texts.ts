/**
 * What `prepare` read of the document's lines, kept for `extract`: the block that is the same text
 * as a line reuses its definition candidates and tokens, which follow from the text alone. Texts
 * are filed by the text itself: filed by length only, a document of many lines of one length
 * compared each block with every such line (quadratic: 50 000 equal lines took 78 s).
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
  private readonly byText = new Map<string, Reading>();

  /** Read a line for definition candidates (tokenizing it only if one needs the tokens) and keep the reading. */
  read(text: string): Candidates {
    const reading: Reading = { text, candidates: { parenthesis: [], first: [], apposition: [], translated: [] }, tokens: undefined };
    reading.candidates = findCandidates(text, () => (reading.tokens ??= tokenize(text)));
    if (!this.byText.has(text)) this.byText.set(text, reading);
    return reading.candidates;
  }

  /** What was read of `text`, if `prepare` read it. */
  get(text: string): Reading | undefined {
    return this.byText.get(text);
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
