/**
 * How sure we are of a figure: the labels of the fact sheet, and the words
 * every page uses for them. The one home of this vocabulary: the schema
 * validates against STATUSES, and tables, tags, definitions, embeds and cards
 * print the words below. Pure data, safe anywhere (server, browser, schema).
 */
export const STATUSES = ['verified', 'partly-verified', 'conflicting', 'derived', 'claim', 'unverified'] as const;
export type Status = (typeof STATUSES)[number];

/** The label, as a table cell or a tag shows it. */
export const STATUS_NAMES: Record<Status, string> = {
  verified: 'verified',
  'partly-verified': 'partly verified',
  conflicting: 'sources disagree',
  derived: 'derived',
  claim: 'a claim',
  unverified: 'unverified',
};

/** What the label means, where there is room to say it. */
export const STATUS_MEANINGS: Record<Status, string> = {
  verified: 'read in the publication that produced it',
  'partly-verified': 'secondary sources only',
  conflicting: 'reliable sources give different numbers',
  derived: 'arithmetic on verified figures',
  claim: 'a number someone said, not a measurement',
  unverified: 'no reliable source found',
};

/** "partly verified: secondary sources only"; a plain "verified" needs no gloss. */
export function statusPhrase(status: Status): string {
  return status === 'verified' ? STATUS_NAMES.verified : `${STATUS_NAMES[status]}: ${STATUS_MEANINGS[status]}`;
}
