/** The API's shapes, for the page and for the server (db/review.ts imports them from here; keep this file free of imports). */
export interface ReportSummary {
  id: number;
  path: string;
  title: string | null;
  format: string;
  activities: number;
  mentions: number;
  corrections: number;
  stale: number;
}

export interface Activity {
  id: number;
  paragraph_id: number;
  kind: string;
  status: string;
  count: number | null;
  date: string | null;
  date_mod: string | null;
  date_source: string | null;
  participants: number | null;
  trigger: string;
  start: number;
  end: number;
  part_of: number | null;
  part_of_start: number | null;
  countries: string[];
  places: string[];
  organizations: string[];
  origin: 'extracted' | 'added';
  verdict: 'accept' | 'reject' | null;
  edits: number;
}

export interface Mention {
  id: number;
  paragraph_id: number;
  type: string;
  start: number;
  end: number;
  text: string;
  value: string | number;
  value_int: number | null;
  mod: string | null;
  rule: string;
  origin: 'extracted' | 'added';
  verdict: 'accept' | 'reject' | null;
  edits: number;
}

export interface Evidence {
  slot: string;
  start: number;
  end: number;
  mention: number;
}

export interface ReportView {
  report: { id: number; path: string; title: string | null; format: string };
  text: string;
  sections: Array<{ id: number; parent_id: number | null; level: number; heading: string; start: number; end: number; heading_end: number }>;
  paragraphs: Array<{ id: number; section_id: number | null; kind: string; start: number; end: number }>;
  mentions: Mention[];
  activities: Activity[];
  evidence: Record<string, Evidence[]>;
  rejected: { activities: RejectedItem[]; mentions: RejectedItem[] };
}

export interface Correction {
  id: number;
  target_type: string;
  target_key: string;
  field: string;
  old: string | null;
  new: string | null;
  action: string;
  created_at: string;
  status: 'applies' | 'stale';
}

export interface ChartRow {
  country: string;
  year: string | null;
  activities: number;
  participants: number | null;
}

export const EVENT_KINDS = ['workshop', 'seminar', 'course', 'training', 'meeting', 'conference', 'session', 'mission', 'assessment', 'exercise', 'forum', 'other'];
export const MENTION_TYPES = ['country', 'date', 'participants', 'organization', 'place', 'person', 'article'];
export const DATE_MODS = ['', 'START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER'];

export interface RejectedItem {
  id: number;
  label: string;
  start: number;
  end: number;
  text: string;
}
