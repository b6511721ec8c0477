// npm run editor-key: a new key for the editor's page of error reports.
// Give the server EDITOR_KEY_SHA256 (the hash); keep the link (the key), which
// is shown once and never stored: the key travels after '#', so no server sees it in an address.
import { createHash, randomBytes } from 'node:crypto';

const key = randomBytes(16).toString('base64url');
const site = process.env.SITE_URL ?? 'http://localhost:4321';
console.log(`EDITOR_KEY_SHA256=${createHash('sha256').update(key).digest('hex')}`);
console.log(`Editor's link (keep it): ${new URL(`/reports/#key=${key}`, site).href}`);
