/** The editor's key the test servers are given (as its hash), so tests can open /reports/. */
import { createHash } from 'node:crypto';

export const TEST_EDITOR_KEY = 'test-editor-key-000000';
export const TEST_EDITOR_KEY_SHA256 = createHash('sha256').update(TEST_EDITOR_KEY).digest('hex');
