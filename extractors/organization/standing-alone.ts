/**
 * Which of a fixed set of acronyms stand alone somewhere in a text, with no letter or digit on
 * either side: the national agencies' acronyms, asked of every block. Those made of ASCII
 * capitals and digits are found in one pass of one pattern rather than one search each. The
 * pattern tries longer acronyms first, so at a place where one stands alone no longer one can
 * match (its next character would be a capital), and a match it passes over ends in capitals, so
 * none stands alone inside it.
 */
const PLAIN = /^[A-Z0-9]+$/;
const NONE: ReadonlySet<string> = new Set();

export class StandingAlone {
  private readonly together: RegExp | undefined;
  private readonly apart: readonly string[];

  constructor(acronyms: Iterable<string>) {
    const distinct = [...new Set(acronyms)];
    const plain = distinct.filter((a) => PLAIN.test(a)).sort((a, b) => b.length - a.length);
    this.together = plain.length ? new RegExp(plain.join('|'), 'g') : undefined;
    this.apart = distinct.filter((a) => !PLAIN.test(a));
  }

  /** The acronyms that stand alone in `text`. */
  in(text: string): ReadonlySet<string> {
    let found: Set<string> | undefined;
    const re = this.together;
    if (re) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (!letterOrDigitBefore(text, m.index) && !letterOrDigitAt(text, re.lastIndex)) (found ??= new Set()).add(m[0]);
      }
    }
    for (const a of this.apart) if (text.includes(a) && standingAlone(a).test(text)) (found ??= new Set()).add(a);
    return found ?? NONE;
  }
}

const BEFORE = /(?<=[\p{L}\p{N}])/uy;
const AT = /[\p{L}\p{N}]/uy;

/** A letter or digit ends just before `at`. */
function letterOrDigitBefore(text: string, at: number): boolean {
  BEFORE.lastIndex = at;
  return BEFORE.test(text);
}

/** A letter or digit starts at `at`. */
function letterOrDigitAt(text: string, at: number): boolean {
  AT.lastIndex = at;
  return AT.test(text);
}

const alonePatterns = new Map<string, RegExp>();

/** A pattern for the acronym as a word of its own (not inside a longer word), compiled once per acronym. */
function standingAlone(acr: string): RegExp {
  let re = alonePatterns.get(acr);
  if (!re) alonePatterns.set(acr, (re = new RegExp(`(?<![\\p{L}\\p{N}])${acr}(?![\\p{L}\\p{N}])`, 'u')));
  return re;
}
