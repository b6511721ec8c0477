/**
 * The browser's storage, for what a reader chooses or answers, never sent
 * anywhere. Storage can be missing or refuse (private browsing, a blocked
 * site, a full quota): then reads give nothing and writes are dropped, and the
 * choice lasts as long as the page. The one place that knows it can throw.
 */
export type Store = 'local' | 'session';

function area(store: Store): Storage {
  return store === 'local' ? localStorage : sessionStorage;
}

export function readStored(store: Store, key: string): string | null {
  try {
    return area(store).getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(store: Store, key: string, value: string): void {
  try {
    area(store).setItem(key, value);
  } catch {
    // Storage refused: the value lasts as long as the page.
  }
}

export function removeStored(store: Store, key: string): void {
  try {
    area(store).removeItem(key);
  } catch {
    // As above.
  }
}
