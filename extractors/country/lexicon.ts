/**
 * Country data that no maintained list gives. The names and codes themselves come from
 * i18n-iso-countries (names.ts); this file only adds the short forms reports use.
 */

/**
 * Aliases → ISO 3166-1 alpha-3 that the list lacks. Spelling variants of "Saint"/"St." and "and"/"&"
 * share a token key, so the St- and &-forms here only document what reports write.
 */
export const ALIASES: Readonly<Record<string, string>> = {
  'St Kitts and Nevis': 'KNA',
  'St. Kitts': 'KNA',
  'Saint Kitts': 'KNA',
  'St. Lucia': 'LCA',
  'St. Vincent': 'VCT',
  'St. Vincent and the Grenadines': 'VCT',
  'Trinidad & Tobago': 'TTO',
  Trinidad: 'TTO',
  'The Bahamas': 'BHS',
  Korea: 'KOR',
  'Viet Nam': 'VNM',
  'St. Maarten': 'SXM',
  'Sint Maarten': 'SXM',
  'St. Martin': 'MAF',
  Antigua: 'ATG',
  Britain: 'GBR',
  'United Kingdom of Great Britain and Northern Ireland': 'GBR',
  'U.K.': 'GBR',
  Syria: 'SYR',
  Laos: 'LAO',
  Moldova: 'MDA',
  Micronesia: 'FSM',
  Macedonia: 'MKD',
  Brunei: 'BRN',
  Burma: 'MMR',
  'East Timor': 'TLS',
  'Cabo Verde': 'CPV',
  Swaziland: 'SWZ',
  Vatican: 'VAT',
  'Holy See': 'VAT',
  'Democratic Republic of Congo': 'COD',
  // the short forms reports use for the Democratic Republic of the Congo
  DRC: 'COD',
  'DR Congo': 'COD',
  // United Nations terminology names the list gives only inverted ("Moldova, Republic of") or not at all
  'Plurinational State of Bolivia': 'BOL',
  'Bolivarian Republic of Venezuela': 'VEN',
  'Republic of Moldova': 'MDA',
  "Democratic People's Republic of Korea": 'PRK',
  'Federated States of Micronesia': 'FSM',
  'Republic of Congo': 'COG',
  'British Virgin Islands': 'VGB',
  'U.S. Virgin Islands': 'VIR',
  'US Virgin Islands': 'VIR',
  'Turks and Caicos': 'TCA',
  Falklands: 'FLK',
  'Falkland Islands': 'FLK',
  Curacao: 'CUW',
  Bonaire: 'BES',
  'Dutch Antilles': 'NLD',
};

/** Names a list offers that are ambiguous on their own and are left out ("Congo" is two states). */
export const AMBIGUOUS: readonly string[] = ['Congo', 'Virgin Islands'];

/** A capitalized word right before a country name that makes it part of another name ("New Mexico", "La Antigua"). */
export const PREFIX_VETO: ReadonlySet<string> = new Set(['new', 'nueva', 'nuevo', 'la', 'el', 'las', 'los', 'baja', 'san', 'santa', 'upper', 'lower']);

/** What may follow a country name and make it something else ("Mexico City", "Mexico DF", "Guinea pig", "US$"). */
export const SUFFIX_VETO = /^(?:\s+(?:City|CITY|D\.\s?F\.?|DF|pigs?|fowl|worms?)\b|\$)/;

/** Words that head the title of an instrument; a place named in such a title is not a mention. */
export const TITLE_HEADS: readonly string[] = [
  'Declaration', 'Declarations', 'Declaración', 'Charter', 'Carta', 'Convention', 'Convención', 'Consensus', 'Consenso',
  'Commitment', 'Commitments', 'Compromiso', 'Plan of Action', 'Programme of Action', 'Program of Action',
  'Protocol', 'Protocolo', 'Agreement', 'Acuerdo', 'Accord', 'Accords', 'Pact', 'Pacto', 'Treaty', 'Tratado',
  'Communiqué', 'Communique',
];

/** Words that, lower case in the same paragraph, say a list names sub-national units ("the states of …"). */
export const SUBNATIONAL_WORDS = /\b(?:states? of|provinces?|departments? of|departamentos?|estados?)\b/;
