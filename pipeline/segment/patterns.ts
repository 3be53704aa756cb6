/** The line shapes segmentation recognizes, as data: one regex per shape, named groups. */

/** A bullet item: "·", "•", "-", "–", "*", "▪" … then text. */
export const BULLET = /^(?<marker>[•·▪◦‣∙●○■□➢►*]|[-–—](?=\s))\s*(?<body>\S.*)$/;

/** "Article 4.u:", "Article 17.", "Article 4. m:" — optionally with the quoted text on the same line. */
export const ARTICLE_LABEL = /^(?<label>Article\s+\d{1,3}(?:\s*\.\s*[a-z](?![a-z]))?)\s*[.:]?\s*(?::\s*)?(?<rest>.*)$/;

/** A bare numbered or lettered label alone on its line: "24.", "4.", "m.", "c.", "c)". */
export const BARE_LABEL = /^(?<label>\d{1,3}|[a-zA-Z])\s*[.)]\s*$/;

/**
 * A roman part number of two numerals or more alone on its line, its title on the next ("III." /
 * "Governance and partnerships"): PDF text of a hanging numeral. "I.", "V.", "X." alone stay
 * letters (BARE_LABEL).
 */
export const BARE_ROMAN = /^(?<label>[IVXLC]{2,6})\s*[.)]\s*$/;

/** A bare decimal label alone on its line, its title on the next: "3.3", "2.1." */
export const BARE_DECIMAL = /^(?<label>\d{1,2}(?:\.\d{1,2})+)\.?\s*$/;

/** Roman-numbered part: "II. National strategies …", "IV) …". */
export const ROMAN = /^(?<num>[IVXLC]{1,6})\s*[.)]\s+(?<title>\S.*)$/;

/** Lettered subsection: "a) Preventing …", "b. Meetings and events", "(c) Cooperation". */
export const LETTERED = /^(?:\((?<paren>[a-zA-Z])\)|(?<num>[a-zA-Z])[.)])\s+(?<title>\S.*)$/;

/** Lower-case roman subsection of two numerals or more: "(ii) Police officers", "iii. Outlook" ("(i)" alone reads as a letter until a "(ii)" follows). */
export const ROMAN_LOWER = /^(?:\((?<paren>[ivx]{2,5})\)|(?<num>[ivx]{2,5})[.)])\s+(?<title>\S.*)$/;

/**
 * A results-framework label and its title, as logframe reports number their chapters: "Outcome 1:
 * Border management …", "Output 1.2 Cross-border cooperation …", "OBJECTIVE 2 – …", "Expected
 * accomplishment 3. …". The tier word and the number's depth place it ("Output 1.2" under "Outcome 1").
 */
export const RESULT_LABEL = /^(?<word>(?:(?:Strategic|Specific|Immediate|Development)\s+)?[Oo]bjective|Goal|Impact|Pillar|Component|Outcome|Expected\s+(?:accomplishment|outcome|result)|Output|Result|Activity|(?:(?:STRATEGIC|SPECIFIC|IMMEDIATE|DEVELOPMENT)\s+)?OBJECTIVE|GOAL|IMPACT|PILLAR|COMPONENT|OUTCOME|EXPECTED\s+(?:ACCOMPLISHMENT|OUTCOME|RESULT)|OUTPUT|RESULT|ACTIVITY)\s+(?<num>\d{1,2}(?:\.\d{1,2}){0,3})\s*(?:[.:)–—-]\s*|\s+)(?<title>\p{Lu}.*)$/u;

/** Decimal-numbered heading: "1. Introduction", "2.3 Maritime security", "1) Training". */
export const NUMBERED = /^(?<num>\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+(?<title>[A-Z]\S.*)$/;

/** An ellipsis line standing for omitted quoted text. */
export const ELLIPSIS = /^(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$/;

/** Words a heading line can end on when its title goes on in the next line. */
export const CONNECTOR_END = /\b(?:of|the|and|for|against|on|in|to|de|del|la|los|y|with|at|by)\s*$/i;

/** Words that mark a sentence rather than a title (for short lines ending in a colon). */
export const SENTENCE_WORDS = /\b(?:is|are|was|were|will|be|been|has|have|had|following|include|includes|included|among|these|this|those|as follows|plans?|consist|consists)\b/i;

/** A part or annex label: "PART ONE: TRAINING DIVISION", "Part 2 – Activities", "Annex I", "ANNEX", "Appendix B". */
export const PART = /^(?:PART|Part)\s+(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2}|[IVX]{1,5})\b(?![.,]\s+\p{Ll})/u;
export const ANNEX = /^(?:ANNEX(?:ES)?|Annex(?:es)?|APPENDIX|Appendix|APPENDICES|Appendices)(?:\s+(?:[IVX]{1,5}|\d{1,2}|[A-Z]))?\b(?:\s*[.:–—-]\s*\S.*|\s+\p{Lu}.*)?$/u;
/**
 * A chapter label: "Chapter 2", "CHAPTER III: BORDER CONTROLS", "Chapter One – Training"; a section
 * label as the same convention, alone or with its title after a separator or a capital ("Section 1:
 * Training", "SECTION II – MISSIONS"), never "Section 1.1 …" nor "Section 3 of the report …".
 */
export const CHAPTER = /^(?:(?:CHAPTER|Chapter)\s+(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2}|[IVX]{1,5})\b(?![.,]\s+\p{Ll})|(?:SECTION|Section)\s+(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2}|[IVX]{1,5})(?=\s*$|\s*[.:–—-]\s+\S|\s+\p{Lu}))/u;

/** A horizontal rule drawn with characters ("-----", "=====", "_____"): a separator, like a blank line. */
export const RULE_LINE = /^[-=_*~#•·—–]{3,}$/;

/** A line that opens with a day and month or a month and year ("8-10 July 2025 Port workshop …", "November 2025 (TBC) Course …"): with its neighbour opening so too, a calendar's row. */
/** A line that opens with a month's name (English, Spanish, French): the rest of a date whose day ended the line before. */
export const OPENS_WITH_MONTH = /^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/i;
export const OPENS_WITH_DATE = /^\s*(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?,)?\s+\d{4}\b)/;

/** A field line that gives an item's date: "Date: 12-14 March 2026", "Dates: …", "When: …". */
export const DATE_FIELD = /^[ \t]*(?:Dates?|When|Fecha|Fechas)[ \t]*:[ \t]*(?=\S)(?=[^\n]*(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/;

/** A field that describes a list item, on a line under it: its partners, venue, dates, participants. */
export const ITEM_FIELD = /^[ \t]*(?:Partners?|Implementing\s+partners?|Co-?organi[sz]ers?|Organi[sz]ers?|Donors?|Funded\s+by|Venue|Place|Location|Dates?|Participants|Beneficiaries|Results?|Outputs?)[ \t]*:[ \t]*\S/i;

/** A table's header row whose gaps were closed (PDF text): column labels only ("Activity Dates Venue Participants"). */
export const COLUMN_HEADER = /^(?:(?:No\.|Activity|Activities|Event|Dates?|Venue|Place|Location|Countr(?:y|ies)|Participants|Partners?|Organi[sz]ers?|Title|Type|Duration|Funding|Donors?|Status|Remarks|Trainees|Beneficiaries|Period)(?:\s+|$)){3,8}$/;

/** A column label alone on its line, as a table flattened one cell a line writes its header ("No." / "Activity" / "Dates" / …). */
export const COLUMN_CELL = /^(?:No\.|#|Activity|Activities|Event|Dates?|Date\(s\)|Venue|Place|Location|Countr(?:y|ies)|Participants|No\. of participants|Partners?|Organi[sz]ers?|Title|Type|Duration|Funding|Funded by|Donors?|Status|Remarks|Trainees|Beneficiaries|Period)$/;
