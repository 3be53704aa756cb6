/** The `reportkb-gold/1` format (ANNOTATION.md §1), shared by `extract --json`, gold files and `eval`. */
export const GOLD_FORMAT = 'reportkb-gold/1';

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

export interface GoldHeading extends GoldSpan {
  level: number;
}

export interface GoldMention extends GoldSpan {
  type: string;
  value: string | number;
  mod?: string;
  /** Predictions only: the rule that made the mention, and what was inferred rather than stated. */
  rule?: string;
  implied?: string[];
}

export interface GoldEvent {
  trigger: GoldSpan;
  kind: string;
  status: string;
  count?: number;
  date?: string;
  mod?: string;
  places?: string[];
  countries?: string[];
  participants?: number;
  organizations?: string[];
  /** The trigger `start` of the group event this one is a member of (ANNOTATION.md §4). */
  part_of?: number;
  rule?: string;
}

export interface GoldFile {
  format: typeof GOLD_FORMAT;
  document: string;
  sha256: string;
  regions?: Array<[number, number]>;
  headings: GoldHeading[];
  mentions: GoldMention[];
  events: GoldEvent[];
}
