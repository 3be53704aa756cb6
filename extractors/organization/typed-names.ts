/**
 * A body the text introduces by what it is, in an apposition right after its name: "BlueFin Data, a
 * software company based in Durban", "Pescadores Unidos, a fishers' cooperative in Sinaloa", "the Amani
 * Trust, a Kenyan charity, …". The name has no organization word of its own ("Data", "Unidos"), so
 * nothing else tells it is a body; once the apposition says so, the registry knows the name and every
 * later mention of it in the report is found ("… with BlueFin Data", "Credit: BlueFin Data").
 */
import type { Registry } from './registry.js';

/** What a body is, as an apposition's head says it. */
const KIND = String.raw`(?:company|firm|consultancy|start-?up|enterprise|corporation|foundation|charity|trust|NGO|non-?governmental\s+organi[sz]ation|non-?profit(?:\s+organi[sz]ation)?|civil\s+society\s+organi[sz]ation|think[\s-]tank|cooperative|co-operative|association|federation|network|alliance|consortium|university|laboratory|institute)`;
/**
 * NAME, "a"/"an", up to three modifiers (not a capital: "a Kenyan charity" has one, read as a word), the kind, and then
 * where it is or the end of the apposition (so that "a university lecturer" is no kind).
 */
const TYPED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<name>\p{Lu}[\p{L}&'’-]*(?:\s+(?:(?:de|del|la|of|for|&)\s+)?\p{Lu}[\p{L}&'’-]*){0,4}),\s+(?:a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?${KIND}(?=\s+(?:based|headquartered|registered|located|in|from|of|that|which|working|with)\b|\s*[,.;:)])`,
  'gu',
);
/** Words that open a sentence or a clause, not a name: "In", "The", "With". */
const NOT_NAME_START = /^(?:The|A|An|In|On|At|By|For|With|From|Its|Their|This|That|These|Those|Our|And|But|As|Of|To)\s+/;

/** The names of bodies the text introduces with an apposition that says what they are. */
export function typedNames(text: string): string[] {
  if (!/,\s+an?\s/.test(text)) return [];
  const out: string[] = [];
  for (const m of text.matchAll(TYPED)) {
    const name = m.groups!.name!.replace(NOT_NAME_START, '').trim();
    // one word is too little to tell a body from a person's or a place's name ("Lima, a port city")
    if (!/\s/.test(name) && !/\p{Lu}.*\p{Lu}/u.test(name.slice(1))) continue;
    out.push(name);
  }
  return out;
}

/** Teach the registry the bodies that appositions introduce (keyed by their name). */
export function learnTypedNames(text: string, registry: Registry): void {
  for (const name of typedNames(text)) if (registry.resolve(name) === undefined) registry.addName(name, null);
}
