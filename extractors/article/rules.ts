/**
 * Article labels of a quoted declaration article (ANNOTATION.md §2 "article"). They are read only
 * at the start of blocks that segmentation marked as articles, so a cross-reference in running
 * text ("as Article 4 says") is never taken for a label.
 */
export interface ArticleRule {
  id: string;
  pattern: RegExp;
  /** The value, given the match and the number of the last numbered label above (for lettered items). */
  value(groups: Record<string, string | undefined>, lastNumber: string | undefined): string | null;
}

export const RULES: readonly ArticleRule[] = [
  {
    id: 'article/article-label',
    pattern: /^Article\s+(?<num>\d{1,3})(?:\s*\.\s*(?<letter>[a-z])(?![a-z]))?/,
    value: (g) => (g.letter ? `${g.num}.${g.letter}` : g.num!),
  },
  {
    id: 'article/bare-number',
    pattern: /^(?<num>\d{1,3})(?=\s*\.)/,
    value: (g) => g.num!,
  },
  {
    id: 'article/bare-letter',
    pattern: /^(?<letter>[a-z])(?=\s*[.)])/,
    value: (g, lastNumber) => (lastNumber ? `${lastNumber}.${g.letter}` : g.letter!),
  },
];
