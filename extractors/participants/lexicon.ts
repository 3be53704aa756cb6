/**
 * Plain word lists for the participants extractor (STYLE.md §2): which nouns name people, which
 * name counted things, which words tie a count to taking part in an activity. Lower case, plural
 * forms (the counted noun after a number other than one is plural).
 */

/** Nouns that on their own say the people took part in something: "30 participants". */
export const STRONG_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'participants', 'attendees', 'trainees', 'graduates', 'beneficiaries', 'delegates', 'course-takers',
  'fellows', 'interns', 'apprentices', 'registrants', 'panelists', 'panellists',
]);

/** Nouns that name people; a count of them is a participant count when the sentence ties them to an activity. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'officers', 'people', 'persons', 'individuals', 'professionals', 'experts', 'specialists',
  'judges', 'prosecutors', 'magistrates', 'lawyers', 'attorneys', 'legislators', 'parliamentarians',
  'students', 'pupils', 'cadets', 'recruits', 'representatives', 'agents', 'inspectors', 'investigators',
  'detectives', 'teachers', 'educators', 'trainers', 'instructors', 'facilitators', 'police', 'policemen',
  'policewomen', 'staff', 'personnel', 'guests', 'leaders', 'journalists', 'youths', 'youth', 'women',
  'men', 'children', 'girls', 'boys', 'adolescents', 'teenagers', 'members', 'analysts', 'academics',
  'researchers', 'scholars', 'scientists', 'technicians', 'managers', 'directors', 'administrators',
  'employees', 'workers', 'volunteers', 'survivors', 'victims', 'guards', 'soldiers', 'troops',
  'commanders', 'diplomats', 'ambassadors', 'ministers', 'authorities', 'practitioners', 'auditors',
  'supervisors', 'operators', 'pilots', 'firefighters', 'paramedics', 'doctors', 'nurses', 'physicians',
  'psychologists', 'counselors', 'counsellors', 'mediators', 'consultants', 'advisors', 'advisers',
  'observers', 'speakers', 'presenters', 'lecturers', 'moderators', 'citizens', 'residents', 'inmates',
  'prisoners', 'offenders', 'migrants', 'farmers', 'entrepreneurs', 'executives', 'heads', 'chiefs',
  'coordinators', 'commissioners', 'mayors', 'councilors', 'councillors', 'servants', 'functionaries',
  'civilians', 'crew', 'seafarers', 'screeners', 'handlers', 'deminers', 'ex-combatants', 'combatants',
  'candidates', 'colleagues', 'counterparts', 'stakeholders', 'partners', 'users', 'clerks', 'secretaries',
  'negotiators', 'lawmakers', 'senators', 'deputies', 'congressmen', 'congresswomen', 'gendarmes',
  'marines', 'sailors', 'airmen', 'coastguards', 'examiners', 'controllers', 'planners', 'designers',
  'engineers', 'architects', 'academicians',
  // people named by what they own, trade or work at ('30 boat owners', '25 fish traders')
  'owners', 'holders', 'fishers', 'fishermen', 'fisherwomen', 'traders', 'vendors', 'producers', 'growers',
  'drivers', 'mariners', 'skippers', 'captains', 'rangers', 'wardens', 'dockworkers', 'brokers', 'dealers',
  'keepers', 'caregivers', 'parents', 'mothers', 'fathers', 'guardians', 'midwives', 'pharmacists', 'veterinarians', 'surveyors', 'electricians', 'mechanics',
]);

/** People who give an activity rather than take part in it: a count of them is participants only when the text says they were trained. */
export const DELIVERER_NOUNS: ReadonlySet<string> = new Set([
  'instructors', 'trainers', 'facilitators', 'lecturers', 'speakers', 'presenters', 'moderators', 'tutors',
  'mentors', 'keynote', 'panellists',
]);
/** Endings that mostly make person nouns ("analysts", "technicians"), when the word is in no list. */
export const PERSON_SUFFIXES: readonly string[] = ['ists', 'ians', 'ees'];

/** Words with a person ending that do not name people. */
export const NOT_PERSON_WORDS: ReadonlySet<string> = new Set([
  'lists', 'twists', 'committees', 'fees', 'guarantees', 'degrees', 'decrees', 'trees', 'mists',
  'wrists', 'fists', 'christians', 'pedestrians', 'utopians',
]);

/** Nouns of counted things that are not people: a count of them is never a participant count. */
export const COUNTED_THINGS: ReadonlySet<string> = new Set([
  // polities and bodies
  'countries', 'nations', 'states', 'member-states', 'governments', 'delegations', 'organizations',
  'jurisdictions', 'economies',
  'organisations', 'institutions', 'agencies', 'entities', 'bodies', 'ministries', 'departments', 'units',
  'offices', 'commissions', 'committees', 'associations', 'ngos', 'companies', 'firms', 'enterprises',
  'businesses', 'universities', 'schools', 'colleges', 'academies', 'groups', 'teams', 'classes', 'cohorts',
  'networks', 'csirts', 'parties', 'municipalities', 'communities', 'cities', 'towns', 'provinces',
  'regions', 'districts', 'departments', 'territories', 'sites', 'locations', 'centers', 'centres',
  'stations', 'laboratories', 'labs', 'prisons', 'ports', 'airports', 'facilities', 'posts', 'borders',
  'focal', 'points', 'contact', 'sectors', 'branches', 'chapters', 'embassies', 'missions',
  // activities and outputs
  'events', 'workshops', 'seminars', 'courses', 'trainings', 'meetings', 'conferences', 'sessions',
  'forums', 'fora', 'exercises', 'visits', 'activities', 'projects', 'programs', 'programmes',
  'initiatives', 'fellowships', 'scholarships', 'grants', 'awards', 'recommendations', 'resolutions',
  'mandates', 'ratifications', 'signatures', 'bids', 'proposals', 'applications', 'modules', 'lessons',
  'documents', 'reports', 'publications', 'copies', 'manuals', 'guides', 'books', 'pages', 'studies',
  'surveys', 'questionnaires', 'cases', 'investigations', 'laws', 'bills', 'decrees', 'agreements',
  'treaties', 'conventions', 'instruments', 'protocols', 'articles', 'paragraphs', 'editions', 'versions',
  'phases', 'stages', 'levels', 'steps', 'issues', 'topics', 'themes', 'areas', 'categories', 'languages',
  'assessments', 'evaluations', 'audits', 'inspections', 'tests', 'certificates', 'diplomas', 'presentations',
  'panels', 'roundtables', 'webinars', 'videoconferences', 'campaigns', 'plans', 'strategies', 'tools',
  'materials', 'products', 'services', 'cooperation', 'contracts', 'requests', 'responses', 'replies',
  // objects and quantities
  'mines', 'minefields', 'munitions', 'weapons', 'firearms', 'arms', 'guns', 'rifles', 'pistols',
  'explosives', 'rounds', 'cartridges', 'salw', 'devices', 'seizures', 'shipments', 'tons', 'tonnes',
  'kilograms', 'kilos', 'kg', 'grams', 'pounds', 'hectares', 'meters', 'metres', 'square', 'kilometers',
  'kilometres', 'km', 'miles', 'acres', 'vessels', 'ships', 'boats', 'vehicles', 'aircraft', 'planes',
  'containers', 'computers', 'servers', 'cameras', 'kits', 'sets', 'items', 'pieces', 'samples', 'units',
  'incidents', 'attacks', 'crimes', 'homicides', 'deaths', 'murders', 'arrests', 'hours', 'days', 'weeks',
  'months', 'years', 'decades', 'times', 'percent', 'per', 'cent', 'dollars', 'euros', 'usd', 'million',
  'millions', 'billion', 'billions', 'thousand', 'thousands', 'hundred', 'hundreds', 'dozen', 'dozens',
  'votes', 'ballots', 'polls', 'copies', 'packages', 'doses', 'drugs', 'plants', 'laboratories', 'routes',
]);

/** Words that end the run of modifiers after a number: prepositions, determiners, auxiliaries, verbs. */
export const MODIFIER_STOPS: ReadonlySet<string> = new Set([
  'of', 'from', 'in', 'on', 'at', 'by', 'for', 'with', 'to', 'into', 'through', 'under', 'between',
  'among', 'during', 'across', 'within', 'without', 'about', 'over', 'than', 'as', 'via', 'since',
  'until', 'after', 'before', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'their', 'its', 'our',
  'his', 'her', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'but', 'or', 'nor', 'so',
  'were', 'was', 'are', 'is', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could',
  'should', 'may', 'might', 'can', 'did', 'do', 'does', 'received', 'receive', 'receiving', 'attended',
  'participated', 'took', 'take', 'benefited', 'benefitted', 'graduated', 'completed', 'gathered',
  'produced', 'submitted', 'gave', 'made', 'held', 'signed', 'ratified', 'approved', 'adopted',
  'including', 'included', 'each', 'respectively', 'year', 'old',
]);

/** Words before a number that make it a label, not a count ("Article 4", "Phase 2", "No. 5"). */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'article', 'articles', 'paragraph', 'paragraphs', 'chapter', 'section', 'resolution', 'res', 'no', 'nos',
  'number', 'nº', 'n°', 'page', 'pages', 'p', 'pp', 'phase', 'module', 'annex', 'appendix', 'level', 'law',
  'decree', 'item', 'rule', 'table', 'figure', 'fig', 'vol', 'volume', 'room', 'iso', 'ungass', 'step',
  'stage', 'part', 'title', 'principle', 'recommendation', 'line', 'group', 'lot', 'round', 'cycle',
  'version', 'grade', 'class', 'session', 'box', 'file', 'document', 'doc', 'version', 'route', 'highway',
]);

/** Mod phrases right before a number, longest first within each mod. */
export const MOD_PHRASES: ReadonlyArray<readonly [string, 'APPROX' | 'MORE_THAN' | 'AT_LEAST']> = [
  ['approximately', 'APPROX'], ['approx.', 'APPROX'], ['an estimated', 'APPROX'], ['estimated', 'APPROX'],
  ['some', 'APPROX'], ['about', 'APPROX'], ['nearly', 'APPROX'], ['almost', 'APPROX'], ['around', 'APPROX'],
  ['roughly', 'APPROX'], ['close to', 'APPROX'], ['circa', 'APPROX'], ['ca.', 'APPROX'],
  ['more than', 'MORE_THAN'], ['over', 'MORE_THAN'], ['in excess of', 'MORE_THAN'], ['upwards of', 'MORE_THAN'],
  ['well over', 'MORE_THAN'], ['above', 'MORE_THAN'],
  ['at least', 'AT_LEAST'], ['no fewer than', 'AT_LEAST'], ['no less than', 'AT_LEAST'],
  ['not less than', 'AT_LEAST'], ['a minimum of', 'AT_LEAST'], ['not fewer than', 'AT_LEAST'],
];

/** Words that tie people in a sentence to an activity (for person nouns that need a cue). */
export const ACTIVITY_CUES: readonly string[] = [
  'train', 'trained', 'training', 'trainings', 'attend', 'attended', 'attending', 'attendance',
  'participate', 'participated', 'participating', 'participation', 'participants', 'took part',
  'take part', 'taking part', 'benefit', 'benefited', 'benefitted', 'benefiting', 'benefitting',
  'beneficiaries', 'certified', 'certification', 'graduated', 'graduation', 'gathered', 'brought together',
  'bringing together', 'convened', 'attracted', 'assisted', 'assistance', 'rehabilitation', 'vocational',
  'workshop', 'workshops', 'seminar', 'seminars', 'course', 'courses', 'meeting', 'meetings', 'conference',
  'conferences', 'session', 'sessions', 'forum', 'forums', 'exercise', 'exercises', 'round table',
  'roundtable', 'roundtables', 'event', 'events', 'symposium', 'symposia', 'webinar', 'webinars', 'drills', 'simulations', 'instructed',
  'taught', 'educated', 'learned', 'learnt', 'practised', 'practiced', 'capacity', 'sensitized', 'sensitised', 'awareness', 'enrolled', 'registered',
  'reached', 'supported', 'simulation', 'drill', 'internship', 'class', 'classes',
  'lecture', 'lectures', 'talk', 'talks', 'panel', 'consultation', 'consultations', 'diploma', 'exchange', 'visit', 'study tour',
  'completed', 'module', 'modules', 'curriculum', 'instruction', 'mentoring', 'coaching',
  // a trial staged for training: "Mock trial on a financing case, …: 30 magistrates"
  'mock trial', 'mock trials', 'simulated trial', 'simulated trials', 'moot court',
];

/** Words in a sentence that make a count of people something other than taking part (weak nouns only). */
export const NON_ACTIVITY_CUES: readonly string[] = [
  'killed', 'died', 'deaths', 'dead', 'murdered', 'murders', 'homicide', 'homicides', 'kidnapped',
  'abducted', 'arrested', 'detained', 'captured', 'injured', 'wounded', 'displaced', 'deported',
  'missing', 'employs', 'employed', 'hired', 'recruited', 'population', 'inhabitants', 'deployed',
  'convicted', 'extradited', 'sentenced', 'incarcerated', 'imprisoned', 'trafficked', 'smuggled',
  'disappeared', 'fatalities', 'casualties',
];
