/**
 * Organs named without their parent (issue 18): keyed by the parent's acronym for the organ where
 * the document is that parent's (a UN report's "General Assembly" is UNGA), by the name elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { extractBlock, prepareState } from '../extractors/engine.js';
import { blockContext } from '../extractors/types.js';
import { homeParent } from '../extractors/organization/organs.js';

function organizations(documentText: string, block: string) {
  const state = prepareState(documentText);
  return extractBlock(block, blockContext({ state })).filter((m) => m.type === 'organization').map((m) => [block.slice(m.start, m.end), m.value]);
}

const UN_REPORT = 'United Nations. Report of the Secretary-General on the work of UNODC with UNDP and the UN system. The United Nations and UNICEF.\n';
const OAS_REPORT = 'Organization of American States. Report of the OAS Secretariat for Multidimensional Security to the OAS Permanent Council and the Inter-American committees.\n';

describe('organs named without their parent', () => {
  it('reads the parent a document belongs to from the words it uses most', () => {
    expect(homeParent(UN_REPORT)).toBe('UN');
    expect(homeParent(OAS_REPORT)).toBe('OAS');
    expect(homeParent('A newsletter about ports and customs.')).toBeUndefined();
    // Neither well ahead: no parent.
    expect(homeParent('OAS, OAS, OAS and UN, UN, UN.')).toBeUndefined();
  });

  it('keys an organ by the acronym in use under the document’s parent', () => {
    const block = 'The General Assembly and the Economic and Social Council asked the Security Council to act.';
    expect(organizations(UN_REPORT + block, block)).toEqual([
      ['General Assembly', 'UNGA'],
      ['Economic and Social Council', 'ECOSOC'],
      ['Security Council', 'UNSC'],
    ]);
  });

  it('keys an organ by its name where the parent uses no acronym for it, or no parent leads', () => {
    const block = 'The mandates of the General Assembly reached the Permanent Council.';
    const expected = [
      ['General Assembly', 'General Assembly'],
      ['Permanent Council', 'Permanent Council'],
    ];
    expect(organizations(OAS_REPORT + block, block)).toEqual(expected);
    expect(organizations(block, block)).toEqual(expected);
  });

  it('keys an organ written after its parent’s acronym under that parent, whatever the document', () => {
    const block = 'The OAS General Assembly and the UN General Assembly both met.';
    expect(organizations(UN_REPORT + block, block)).toEqual([
      ['OAS General Assembly', 'General Assembly'],
      ['UN General Assembly', 'UNGA'],
    ]);
  });

  it('reads an organ after a body that has none of that name as that body’s session: only the body', () => {
    const block = 'Staff attended the 85th INTERPOL General Assembly in Bali.';
    expect(organizations(UN_REPORT + block, block)).toEqual([['INTERPOL', 'Interpol']]);
  });
});
