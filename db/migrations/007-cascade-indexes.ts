/**
 * Indexes on the foreign keys that had none, as SQLite advises for every child key: replacing a
 * report deletes its sections and paragraphs, and each deleted one cascaded to a full scan of
 * activities (and of sections, for subsections), so a replace took longer the bigger the
 * knowledge base (half a second at 400 reports, 40 ms with these).
 */
export const sql = `
CREATE INDEX activities_paragraph ON activities(paragraph_id);
CREATE INDEX activities_section ON activities(section_id);
CREATE INDEX sections_parent ON sections(parent_id);
`;
