/** The schema, as numbered migrations; PRAGMA user_version records how many have run. */
import { sql as core } from './001-core.js';
import { sql as fts } from './002-fts.js';
import { sql as activities } from './003-activities.js';
import { sql as realPathBreakdown } from './004-real-path-breakdown.js';
import { sql as organizationNameIndex } from './005-organization-name-index.js';
import { sql as ftsPerReport } from './006-fts-per-report.js';
import { sql as cascadeIndexes } from './007-cascade-indexes.js';
import { sql as deferredIndexes } from './008-deferred-indexes.js';
import { sql as groupsDatesTwins } from './009-groups-dates-twins.js';
import { sql as corrections } from './010-corrections.js';
import { sql as paragraphRoles } from './011-paragraph-roles.js';

export const MIGRATIONS: readonly string[] = [core, fts, activities, realPathBreakdown, organizationNameIndex, ftsPerReport, cascadeIndexes, deferredIndexes, groupsDatesTwins, corrections, paragraphRoles];
