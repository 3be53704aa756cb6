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
  return metadataOf(lines).title;
};
const metadataOf = (lines: string[]) => {
  const raw = lines.join('\n');
  return reportMetadata(processDoc(createDoc({ path: 't.txt', format: 'txt', raw, sha256: '', bytes: raw.length })));
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
  it('a title block that names a report, set apart above the symbol and date, is the title, and its body the issuer', () => {
    const observed = 'The Commission held a meeting of customs directors in Lima, Peru, on 3 March 2023, with observers from the World Customs Organization (WCO). A course was co-financed by the WCO.';
    const m = metadataOf(['ANDEAN BORDER COMMISSION', 'Technical Secretariat', '', 'ANNUAL REPORT OF ACTIVITIES 2023', '', 'ABC/SEC/doc.12/24', 'Lima, February 2024', '', 'INTRODUCTION', 'The Andean Border Commission (ABC) brings together five border services.', '', 'I. MEETINGS', observed, '', 'II. TRAINING', observed]);
    expect(m.title).toBe('ANDEAN BORDER COMMISSION Technical Secretariat ANNUAL REPORT OF ACTIVITIES 2023');
    expect(m.issuer).toBe('ABC');
  });
  it("without a title, the body whose acronym opens the cover's document symbol is the issuer, not the body the text names most", () => {
    const observed = 'The Commission held a meeting of customs directors in Lima, Peru, on 3 March 2023, with observers from the World Customs Organization (WCO). A course was co-financed by the WCO, and the WCO gave a presentation.';
    const m = metadataOf(['ANDEAN BORDER COMMISSION', '', 'ABC/SEC/doc.12/24', 'Lima, February 2024', '', 'INTRODUCTION', 'The Andean Border Commission (ABC) brings together five border services.', '', 'I. MEETINGS', observed, '', 'II. TRAINING', observed]);
    expect(m.title).toBeNull();
    expect(m.issuer).toBe('ABC');
    // a series code is no body's symbol
    expect(metadataOf(['PERMANENT COUNCIL OF THE          OEA/Ser.G', '', 'I. TRAINING', observed]).issuer).not.toBe('OEA');
  });
  it("a chapter of a larger report: the body its opening paragraph says the chapter is of is the issuer, not the partner it names most", () => {
    const partner = 'Jointly with the World Customs Organization (WCO), the Secretariat held a course in Lima, Peru, in May. The WCO also funded a seminar, and the WCO sent two trainers.';
    const opening = 'This chapter reviews the work carried out in 2023 by the Technical Secretariat of the Andean Border Commission (ABC).';
    expect(metadataOf(['Chapter 5. Border control', '', opening, '', '5.1 Training', partner, '', '5.2 Meetings', partner]).issuer).toBe('ABC');
    // under a distribution header (cover furniture) the chapter's first paragraph is still its opening
    expect(metadataOf(['PERMANENT COUNCIL OF THE          OEA/Ser.G', 'ORGANIZATION OF AMERICAN STATES          CP/doc.12/31', '', 'Chapter 5. Border control', '', opening, '', '5.1 Training', partner, '', '5.2 Meetings', partner]).issuer).toBe('ABC');
    // the same sentence further on, after the chapter's first paragraph, says nothing of whose chapter it is
    const later = 'This section reviews the work carried out in 2023 by the Andean Border Commission (ABC).';
    expect(metadataOf(['Chapter 5. Border control', '', partner, '', '5.1 Training', later, '', '5.2 Meetings', partner]).issuer).not.toBe('ABC');
  });
});
