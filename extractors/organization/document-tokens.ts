/**
 * Tokens kept for one document: `prepare` tokenizes the lines that hold a definition candidate,
 * and `extract` reuses them for the block that is the same text. Blocks are looked up by length
 * first: hashing every block's text costs about as much as tokenizing it.
 */
import { tokenize, type Token } from './tokens.js';

export class DocumentTokens {
  private readonly byText = new Map<string, Token[]>();
  private readonly lengths = new Set<number>();

  /** The tokens of `text`, made on first call and then kept for the document. */
  lazy(text: string): () => Token[] {
    let made: Token[] | undefined;
    return () => {
      if (!made) {
        made = tokenize(text);
        this.byText.set(text, made);
        this.lengths.add(text.length);
      }
      return made;
    };
  }

  /** The tokens of `text`: kept ones where `prepare` made them, else new. */
  of(text: string): Token[] {
    return (this.lengths.has(text.length) ? this.byText.get(text) : undefined) ?? tokenize(text);
  }
}

const STATE_KEY = 'organization/tokens';

/** The document's kept tokens, in the per-document state (made on first use). */
export function documentTokens(state: Map<string, unknown>): DocumentTokens {
  const had = state.get(STATE_KEY);
  if (had instanceof DocumentTokens) return had;
  const made = new DocumentTokens();
  state.set(STATE_KEY, made);
  return made;
}
