/**
 * `reportkb show` output: the row with every slot, its paragraph with the trigger and each slot's
 * evidence marked (colours on a terminal, [brackets] with the slot's name otherwise), and the rule
 * behind each slot.
 */
import type { Shown } from '../../db/show.js';

const COLOURS: Record<string, string> = { trigger: '1;7', countries: '32', places: '36', organizations: '35', date: '33', participants: '34', mention: '1;7' };
const RESET = '\x1b[0m';

export function formatShown(shown: Shown, colour: boolean): string {
  const lines: string[] = [];
  const title = shown.kind === 'activity' ? `activity ${shown.row.id}` : `mention ${shown.row.id}`;
  lines.push(title, '-'.repeat(title.length));
  const skip = new Set(['trigger', 'text', 'report_id', 'paragraph_id', 'section_id']);
  for (const [key, value] of Object.entries(shown.row)) if (!skip.has(key) && value !== null) lines.push(`${key.padEnd(14)} ${String(value)}`);
  for (const [key, value] of Object.entries(shown.slots)) lines.push(`${key.padEnd(14)} ${(value as string[]).join(', ') || '—'}`);
  lines.push('', 'source (raw offsets ' + `${shown.paragraph.start}-${shown.paragraph.end}):`, marked(shown, colour), '');
  const label = shown.kind === 'activity' ? 'trigger' : String(shown.row.type);
  lines.push('evidence:');
  lines.push(`  ${label.padEnd(14)} ${JSON.stringify(shown.focus.text.replace(/\s+/g, ' '))} [${shown.focus.start}-${shown.focus.end}] rule ${shown.focus.rule}`);
  for (const e of shown.evidence) lines.push(`  ${e.slot.padEnd(14)} ${JSON.stringify(e.text.replace(/\s+/g, ' '))} → ${e.value} [${e.start}-${e.end}] rule ${e.rule}`);
  for (const i of shown.inferred) lines.push(`  ${i.slot.padEnd(14)} ${i.value} — not in the text here: from ${i.from}`);
  return lines.join('\n');
}

/** The paragraph with the focus and each evidence span marked; overlapping spans keep the first. */
function marked(shown: Shown, colour: boolean): string {
  const spans = [{ start: shown.focus.start, end: shown.focus.end, slot: shown.kind === 'activity' ? 'trigger' : 'mention' }, ...shown.evidence]
    .filter((s) => s.start >= shown.paragraph.start && s.end <= shown.paragraph.end)
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = shown.paragraph.start;
  const text = shown.paragraph.text;
  for (const s of spans) {
    if (s.start < at) continue;
    out += text.slice(at - shown.paragraph.start, s.start - shown.paragraph.start);
    const inner = text.slice(s.start - shown.paragraph.start, s.end - shown.paragraph.start);
    out += colour ? `\x1b[${COLOURS[s.slot] ?? '1'}m${inner}${RESET}` : `[${inner}]{${s.slot}}`;
    at = s.end;
  }
  return out + text.slice(at - shown.paragraph.start);
}
