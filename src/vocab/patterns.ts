/** The shapes of identifiers and dates in the content, shared by the schemas and the browser. */

/** A permanent id or slug: lowercase words joined by hyphens ("the-cell"). */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A day as the content writes it: "2026-11-29". */
export const DAY = /^\d{4}-\d{2}-\d{2}$/;
