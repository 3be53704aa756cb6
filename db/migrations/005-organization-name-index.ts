/**
 * Loading a report looks up each organization name it writes among the names already known
 * (`orgKeyByName`, case-insensitive). Without an index on the name that lookup scans every known
 * name, so each report took longer to load than the one before.
 */
export const sql = `
CREATE INDEX organization_names_name ON organization_names(name COLLATE NOCASE);
`;
