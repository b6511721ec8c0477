/**
 * Which glossary terms a piece of text uses, so a handout of chosen sections
 * can carry only the terms its pages need. The story marks a term with
 * <Term> at its first use only, so a later section that says "reconviction"
 * again would otherwise lose the definition when printed alone.
 *
 * A term counts as used when the text says one of its names, as a whole
 * word at its start (a plural or "-ed" after it still counts), ignoring
 * case and the hyphen in "re-offending"/"reoffending". A term's names are
 * its heading and any name in brackets after it: "Recidivism (re-offending)"
 * is found as "recidivism" or "re-offending".
 */

/** "Preventive detention (forvaring)" → ["Preventive detention", "forvaring"]. */
export function termNames(term: string): string[] {
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(term);
  return (m ? [m[1]!, m[2]!] : [term]).map((n) => n.trim()).filter(Boolean);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for one name: spaces match any run of white space, a hyphen may be missing. */
function namePattern(name: string): RegExp {
  const body = name
    .split(/\s+/)
    .map((word) => word.split('-').map(escape).join('-?'))
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}`, 'iu');
}

/** Does `text` say this term? */
export function usesTerm(text: string, term: string): boolean {
  return termNames(term).some((name) => namePattern(name).test(text));
}

/**
 * The ids of the terms a text uses, in the order given (the glossary's), with
 * the ids it marks explicitly (its <Term>s) always included.
 */
export function termsUsed(text: string, terms: readonly { id: string; term: string }[], marked: Iterable<string> = []): string[] {
  const explicit = new Set(marked);
  return terms.filter((t) => explicit.has(t.id) || usesTerm(text, t.term)).map((t) => t.id);
}
