/**
 * reports.title (issue 16 class 8, issue 17 class 3): the report's own title line or block, wherever
 * the layout sets it — under the body's name, right under or between a distribution header's lines,
 * after a web page's breadcrumb — and empty when the report has none (never a section heading).
 */
import { describe, expect, it } from 'vitest';
import { createDoc } from '../pipeline/document.js';
import { processDoc } from '../pipeline/index.js';
import { reportMetadata } from '../pipeline/metadata.js';

const body = 'The Commission trained forty-two customs officers in two courses held in Lima, Peru, in March 2023.';
const titleOf = (lines: string[]) => {
  const raw = lines.join('\n');
  return reportMetadata(processDoc(createDoc({ path: 't.txt', format: 'txt', raw, sha256: '', bytes: raw.length }))).title;
};

describe('report title', () => {
  it("a title set apart under the body's name is the title block with the name (as ANNOTATION.md's title blocks are)", () => {
    expect(titleOf(['ANDEAN BORDER COMMISSION', '', 'ANNUAL REPORT OF ACTIVITIES 2023', '', 'TRAINING', body, '', 'MISSIONS', body])).toBe('ANDEAN BORDER COMMISSION ANNUAL REPORT OF ACTIVITIES 2023');
  });
  it("a title block whose first line is the body's name keeps both lines", () => {
    expect(titleOf(['ANDEAN BORDER COMMISSION', 'ANNUAL REPORT OF ACTIVITIES 2023', '', 'Lima, February 2024', '', 'I. TRAINING', body])).toBe('ANDEAN BORDER COMMISSION ANNUAL REPORT OF ACTIVITIES 2023');
  });
  it('a title right under a distribution header line, or between its lines, is the title', () => {
    expect(titleOf(['ANDEAN BORDER COMMISSION          ABC/doc.12/24', 'ANNUAL REPORT OF ACTIVITIES 2023', '', 'I. TRAINING', body])).toBe('ANNUAL REPORT OF ACTIVITIES 2023');
    expect(titleOf(['ANDEAN BORDER COMMISSION          ABC/doc.12/24', 'ANNUAL REPORT OF ACTIVITIES 2023', 'Original: Spanish', '', 'I. TRAINING', body])).toBe('ANNUAL REPORT OF ACTIVITIES 2023');
  });
  it("a web page's title after its chrome and breadcrumb is the title", () => {
    expect(titleOf(['Skip to main content', 'ANDEAN BORDER COMMISSION', 'Home   About us   News   Contact', 'Home › News › Training', '', 'Training news', 'Last updated on 3 June 2024', 'Share this page:  Facebook  X', '', 'Customs officers from Peru complete a profiling course', '21 May 2024 | Training', body])).toBe('Training news');
  });
  it('a report without a title has none: never a section heading, a body name under a header, or a furniture line', () => {
    expect(titleOf(['PERMANENT COUNCIL OF THE          OEA/Ser.G', 'COMMITTEE ON PORTS', '', 'I. TRAINING', body, '', 'II. MISSIONS', body])).toBeNull();
    expect(titleOf([body, '', 'I. TRAINING', body])).toBeNull();
  });
});
