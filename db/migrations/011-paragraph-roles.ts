/**
 * What a block is in the document's layout (issue 17), beside its kind: a contents list
 * ('contents') or the cover and distribution furniture ('cover': document symbols, "Distr.:
 * General", "Original: Spanish", the bodies of a distribution header). Such blocks are stored with
 * kind 'paragraph' (the kind's CHECK predates them); `role` says which they are, so a query can
 * leave them out or look at them.
 */
export const sql = `
ALTER TABLE paragraphs ADD COLUMN role TEXT CHECK (role IN ('contents', 'cover'));
`;
