/**
 * Secrets and ids of the class service. The teacher's key is 128 random bits
 * that travel in the URL fragment (never sent in a Referer or written to a
 * log) and are stored only as a SHA-256 hash. A device is stored only as a
 * hash of its random id and the class it answered in.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../../lib/classroom';

export function newClassCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** 128 bits, base64url: 22 characters. */
export const newTeacherKey = (): string => randomBytes(16).toString('base64url');
export const KEY_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** Compares a presented key with the stored hash in constant time. */
export function keyMatches(key: string, storedHash: string): boolean {
  const a = Buffer.from(hashKey(key), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** What is stored for a device: its id hashed with the class (or `readers`), so no id links two classes. */
export const deviceHash = (device: string, scope: string): string =>
  createHash('sha256').update(`${scope}\u0000${device}`).digest('base64url');
