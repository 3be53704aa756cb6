/**
 * The normalized text the extractors read, and the one offset map back to the raw text.
 *
 * A view is a list of pieces laid end to end: a piece either copies raw[a, b) unchanged or
 * stands in for raw[a, b) with other characters (a line break read as a space, a hyphenated
 * word joined, page furniture dropped). `toRaw` turns any view position into a raw position,
 * so every span the pipeline stores is an offset into the untouched raw text.
 */
interface Piece {
  viewStart: number;
  viewEnd: number;
  rawStart: number;
  rawEnd: number;
  /** True when the view characters are raw[rawStart, rawEnd) verbatim. */
  copy: boolean;
}

export class TextView {
  private constructor(readonly text: string, private readonly pieces: Piece[], readonly rawLength: number) {}

  /** The identity view: the raw text as it is. */
  static identity(raw: string): TextView {
    return new TextViewBuilder(raw).copy(0, raw.length).build();
  }

  /**
   * Raw position of a view position. `side` says whether the position opens a span
   * (maps to the start of what it stands for) or closes one (maps to the end).
   */
  toRaw(pos: number, side: 'start' | 'end' = 'start'): number {
    if (this.pieces.length === 0) return 0;
    const piece = this.find(pos, side);
    const offset = pos - piece.viewStart;
    const viewLen = piece.viewEnd - piece.viewStart;
    if (piece.copy || viewLen === piece.rawEnd - piece.rawStart) return piece.rawStart + offset;
    if (offset <= 0) return piece.rawStart;
    if (offset >= viewLen) return piece.rawEnd;
    return side === 'start' ? piece.rawStart : piece.rawEnd;
  }

  /**
   * View position of a raw position: inside a piece that copies raw text, the same character; inside
   * text the view replaced or dropped (page furniture, a joined line break), the edge of what stands for it.
   */
  fromRaw(pos: number): number {
    const { pieces } = this;
    if (pieces.length === 0) return 0;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid]!.rawStart <= pos) lo = mid;
      else hi = mid - 1;
    }
    const piece = pieces[lo]!;
    if (pos >= piece.rawEnd) return piece.viewEnd;
    if (piece.copy || piece.viewEnd - piece.viewStart === piece.rawEnd - piece.rawStart) return piece.viewStart + (pos - piece.rawStart);
    return pos <= piece.rawStart ? piece.viewStart : piece.viewEnd;
  }

  private find(pos: number, side: 'start' | 'end'): Piece {
    const { pieces } = this;
    let lo = 0;
    let hi = pieces.length - 1;
    // Last piece whose viewStart <= pos (for 'end': < pos, so a span ending at a boundary stays left).
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const start = pieces[mid]!.viewStart;
      if (side === 'start' ? start <= pos : start < pos) lo = mid;
      else hi = mid - 1;
    }
    let piece = pieces[lo]!;
    // Skip empty pieces (dropped text) when opening a span, so it starts at real content.
    while (side === 'start' && piece.viewStart === piece.viewEnd && lo + 1 < pieces.length && pieces[lo + 1]!.viewStart === pos) {
      piece = pieces[++lo]!;
    }
    return piece;
  }
}

export class TextViewBuilder {
  private readonly parts: string[] = [];
  private readonly pieces: Piece[] = [];
  private viewLength = 0;
  private rawCursor = 0;

  constructor(private readonly raw: string) {}

  /** How far into the raw text the pieces so far reach. */
  get cursor(): number {
    return this.rawCursor;
  }

  /** Take raw[start, end) as it is. */
  copy(start: number, end: number): this {
    return this.push(start, end, this.raw.slice(start, end), true);
  }

  /** Let `text` stand for raw[start, end) (may be '' to drop it). */
  replace(start: number, end: number, text: string): this {
    return this.push(start, end, text, false);
  }

  private push(start: number, end: number, text: string, copy: boolean): this {
    if (start < this.rawCursor || end < start || end > this.raw.length) {
      throw new RangeError(`view pieces must advance through the raw text: [${start}, ${end}) after ${this.rawCursor}`);
    }
    if (start > this.rawCursor) this.push(this.rawCursor, start, '', false); // a gap is dropped text
    this.pieces.push({ viewStart: this.viewLength, viewEnd: this.viewLength + text.length, rawStart: start, rawEnd: end, copy });
    this.parts.push(text);
    this.viewLength += text.length;
    this.rawCursor = end;
    return this;
  }

  build(): TextView {
    if (this.rawCursor < this.raw.length) this.replace(this.rawCursor, this.raw.length, '');
    // TextView's constructor is private to keep views built only here.
    return new (TextView as unknown as new (t: string, p: Piece[], n: number) => TextView)(this.parts.join(''), this.pieces, this.raw.length);
  }
}
