// The search thread's protocol (searchMessages.ts) is checked on both sides, and a thread that
// cannot start fails the build with a sentence naming its module, not a hang.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSearchReply, isSearchRequest, isSearchWorkerData } from '../../src/search/searchMessages.ts';
import { SearchThread } from '../../src/search/searchThread.ts';

describe('search thread messages', () => {
  it('accept what each side sends and refuse anything else', () => {
    expect(isSearchRequest({ id: 1, kind: 'add', pages: [{ url: '/x/', bytes: new Uint8Array([60]) }, { url: '/y/', bytes: new Uint8Array([60]) }] })).toBe(true);
    expect(isSearchRequest({ id: 2, kind: 'finish' })).toBe(true);
    expect(isSearchRequest({ id: 1, kind: 'add', pages: [{ url: '/x/', bytes: '<html>' }] })).toBe(false);
    expect(isSearchRequest({ id: 1, kind: 'add', pages: [{ url: '/x/', bytes: new Uint8Array([60]) }, { bytes: new Uint8Array([60]) }] })).toBe(false);
    expect(isSearchRequest({ id: 1, kind: 'add', url: '/x/', bytes: new Uint8Array([60]) })).toBe(false);
    expect(isSearchRequest({ kind: 'finish' })).toBe(false);
    expect(isSearchReply({ id: 1, added: true })).toBe(true);
    expect(isSearchReply({ id: 1, result: { pages: {}, bytes: 0, bundles: [] } })).toBe(true);
    expect(isSearchReply({ id: 1, error: 'x' })).toBe(true);
    expect(isSearchReply({ id: 1, added: false })).toBe(false);
    expect(isSearchWorkerData({ siteDir: '/d', base: '/', years: 2 })).toBe(true);
    expect(isSearchWorkerData({ siteDir: '/d', base: '/' })).toBe(false);
  });

  it('a thread whose module does not load fails finish() with a sentence naming the module', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'search-thread-'));
    try {
      const missing = join(dir, 'no-such-worker.ts');
      const thread = new SearchThread(dir, '/', 2, missing);
      const err = await thread.finish().then(() => null, (e: Error) => e);
      expect(err?.message).toContain(`The search thread runs ${missing}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
