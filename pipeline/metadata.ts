/**
 * Report metadata from the report's own text: a title (the first heading or the opening line),
 * the issuing body (the organization the opening sentence names first), the reporting period
 * (found by the period stage).
 */
import { spanFromView } from './document.js';
import type { Processed } from './index.js';

export interface ReportMetadata {
  title: string | null;
  issuer: string | null;
}

export function reportMetadata(result: Processed): ReportMetadata {
  const { doc } = result;
  const first = doc.blocks[0];
  const firstSection = doc.sections[0];
  let title: string | null = null;
  if (first && first.kind === 'heading') title = spanFromView(doc, first.start, first.end).text;
  else if (firstSection) title = spanFromView(doc, firstSection.headingStart, firstSection.headingEnd).text;
  const opening = first ? first.end : 0;
  const issuerMention = result.mentions.find((m) => m.type === 'organization' && m.block <= 1 && m.start <= spanFromView(doc, 0, opening).end);
  return {
    title: title ? title.replace(/\s+/g, ' ').trim() : null,
    issuer: issuerMention ? String(issuerMention.value) : null,
  };
}
