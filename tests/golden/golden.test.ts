// The golden helper itself: it must fail on a difference, say where, and leave the actual output.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catchError } from '../helpers.ts';
import { changedPath, describeDiff, expectGolden, formatMarkup } from './golden.ts';

describe('expectGolden', () => {
  it('passes on equal text and removes a stale -changed file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'golden-'));
    writeFileSync(join(dir, 'a.html'), '<p>1</p>\n');
    writeFileSync(join(dir, 'a-changed.html'), 'old');
    expectGolden('a.html', '<p>1</p>\n', { dir, update: false });
    expect(existsSync(join(dir, 'a-changed.html'))).toBe(false);
  });

  it('fails on a difference with the first differing lines, and writes <name>-changed beside the golden', () => {
    const dir = mkdtempSync(join(tmpdir(), 'golden-'));
    const lines = (v: string) => ['<a>', '<b>', '<c>', `<d>${v}</d>`, '<e>', ''].join('\n');
    writeFileSync(join(dir, 'x.svg'), lines('4.22%'));
    const err = catchError(() => expectGolden('x.svg', lines('4.23%'), { dir, update: false }));
    expect(err.message).toContain('output differs from golden');
    expect(err.message).toContain('first difference at line 4, column 7:');
    expect(err.message).toContain('  - <d>4.22%</d>');
    expect(err.message).toContain('  + <d>4.23%</d>');
    expect(err.message).toContain('(1 of 6 lines differ');
    expect(err.message).toContain('UPDATE_GOLDEN=1 npx vitest run tests/golden');
    expect(readFileSync(join(dir, 'x-changed.svg'), 'utf8')).toBe(lines('4.23%'));
    expect(readFileSync(join(dir, 'x.svg'), 'utf8')).toBe(lines('4.22%')); // the golden is untouched
  });

  it('fails when the golden is missing, and creates it only when asked to update', () => {
    const dir = mkdtempSync(join(tmpdir(), 'golden-'));
    expect(catchError(() => expectGolden('sub/new.html', 'x\n', { dir, update: false })).message).toMatch(/does not exist/);
    expect(existsSync(join(dir, 'sub/new.html'))).toBe(false);
    expectGolden('sub/new.html', 'x\n', { dir, update: true });
    expect(readFileSync(join(dir, 'sub/new.html'), 'utf8')).toBe('x\n');
    expect(existsSync(join(dir, 'sub/new-changed.html'))).toBe(false);
  });

  it('formats markup one tag per line and names the changed file', () => {
    expect(formatMarkup('<svg><g>\n  <path d="M0,0"/></g></svg>')).toBe('<svg>\n<g>\n<path d="M0,0"/>\n</g>\n</svg>\n');
    expect(changedPath('/t/editions/2025-10-31.en.html')).toBe('/t/editions/2025-10-31.en-changed.html');
    expect(describeDiff('a\nb\n', 'a\nb\nc\n')).toMatch(/line 3[\s\S]*\+ c[\s\S]*expected 3 lines, got 4/);
  });
});
