/** Plain data for the person extractor: the titles and roles that announce a name. */

/** Titles and roles, longest first, as a pattern source (case-sensitive: titles are capitalized). */
export const TITLES: readonly string[] = [
  // ranks of two words, before their parts ("Commissioner General Óscar …" is no "Commissioner" over "General Óscar …")
  'Commissioner General', 'Deputy Commissioner', 'Assistant Commissioner', 'Inspector General', 'Chief Inspector',
  'Chief Superintendent', 'Deputy Superintendent', 'Major General', 'Brigadier General', 'Lieutenant General',
  'Lieutenant Colonel', 'Lieutenant Commander', 'Rear Admiral', 'Vice Admiral', 'Solicitor General',
  'Assistant Secretary General', 'Deputy Secretary General', 'Secretary General', 'Secretary-General', 'Executive Secretary',
  'Under-Secretary', 'Under Secretary', 'Assistant Secretary', 'Secretary', 'Vice President', 'Vice-President', 'President',
  'Prime Minister', 'Vice Minister', 'Vice-Minister', 'Minister', 'Deputy Minister', 'Attorney General', 'Ambassador',
  'Amb\\.', 'Director General', 'Executive Director', 'Director', 'Chairman', 'Chairwoman', 'Chair', 'Commissioner',
  'Senator', 'Congressman', 'Congresswoman', 'Deputy', 'Judge', 'Justice', 'Prosecutor', 'General', 'Colonel', 'Col\\.',
  'Lieutenant', 'Lt\\.', 'Captain', 'Capt\\.', 'Commander', 'Admiral', 'Major', 'Sergeant', 'Inspector', 'Superintendent',
  'Professor', 'Prof\\.', 'Dr\\.', 'Dr', 'Mr\\.', 'Mr', 'Mrs\\.', 'Mrs', 'Ms\\.', 'Ms', 'Sir', 'Dame', 'Hon\\.', 'Honorable',
  'Honourable', 'Father', 'Rev\\.', 'Sister', 'Lic\\.', 'Ing\\.', 'Don', 'Doña', 'Señor', 'Señora', 'Sr\\.', 'Sra\\.',
];

/** Lower-case particles inside names ("María de la Cruz", "Ludwig van Beethoven"). */
export const PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'da', 'das', 'do', 'dos', 'di', 'du', 'le', 'y', 'bin', 'al']);

/** Capitalized words that are never part of a person's name after a title. */
export const NOT_NAME: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'on', 'in', 'General', 'Secretary', 'Minister', 'Ministry', 'Department', 'Office', 'Council',
  'Commission', 'Committee', 'Assembly', 'Government', 'State', 'States', 'Republic', 'Affairs', 'Security', 'Justice',
  'Education', 'Health', 'Defense', 'Defence', 'Interior', 'Foreign', 'Public', 'National', 'Executive', 'Permanent',
  'Representative', 'Delegation', 'Mission', 'Program', 'Programme', 'OAS', 'UN', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday',
  'Thursday', 'Friday', 'Saturday', 'Sunday', 'Americas', 'Hemisphere', 'Caribbean', 'Latin', 'America', 'Central', 'South',
  'North', 'Lady', 'Nation', 'Session', 'Meeting', 'Conference', 'Workshop', 'Seminar', 'Course',
]);
