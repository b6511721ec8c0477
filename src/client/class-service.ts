/**
 * The browser's side of the class-results service: whether this page has it,
 * the device's random id, and JSON requests that never throw. Nothing here
 * runs a request unless the server said the service exists.
 */
import { DEVICE_PATTERN } from '../lib/classroom';
import { readStored, writeStored } from './storage';

export { classServiceHere } from './service-here';

const DEVICE_KEY = 'class-service:device';

/** This device's random id (128 bits), made once and kept on the device; it only stops an answer counting twice. */
export function deviceId(): string {
  const kept = readStored('local', DEVICE_KEY);
  if (kept && DEVICE_PATTERN.test(kept)) return kept;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  writeStored('local', DEVICE_KEY, id);
  return id;
}

export interface Reply<T> {
  ok: boolean;
  status: number;
  data?: T;
  error?: string;
}

/** A JSON request to the service; a network failure is a reply with status 0, never an exception. */
export async function request<T = unknown>(path: string, init: { method?: string; body?: unknown; key?: string } = {}): Promise<Reply<T>> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.key) headers.authorization = `Bearer ${init.key}`;
  try {
    const r = await fetch(path, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    const text = await r.text();
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      data = undefined;
    }
    const error = !r.ok && data && typeof data === 'object' && 'error' in data ? String((data as { error: unknown }).error) : undefined;
    return { ok: r.ok, status: r.status, data: r.ok ? (data as T) : undefined, error };
  } catch {
    return { ok: false, status: 0, error: 'The class service could not be reached.' };
  }
}
