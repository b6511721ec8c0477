/**
 * Where content lives: ./content, or CONTENT_DIR (the bad-content tests build
 * fixture folders through it). Server-only.
 */
export function contentDir(): string {
  return (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
}
