// Chinese text sets a date apart from the Chinese before it with a space ("自 2019年9月17日起"),
// as it sets Latin words and figures apart ("SOFR 报 1.81%"), and a date from a Latin word after
// it: one rule, where the reader found both "自2019年10月15日起" and "自 2019年9月17日起"
// (reader pass 2). Checked on the sources of every Chinese sentence: the templates, the
// methodology and the words in code (events, indicator notes, labels).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
const SOURCES = ['content/reports/zh.md', 'content/methodology/zh.md', ...tsFiles('src')];

/** `file:line: "match"` for every match of `patterns` in `files`, line by line. */
function matchesIn(files: readonly string[], patterns: readonly RegExp[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      for (const re of patterns) for (const m of line.matchAll(re)) found.push(`${file}:${i + 1}: "${m[0]}"`);
    });
  }
  return found;
}

/** A Chinese character right before a written date, year or month, or a date (written or filled in) right before a Latin letter. */
// A year or a month alone counts too ("是 2008年以来", "撑到 6月初"); digits after 年 or 月 are a date's own parts.
const TIGHT = [/[\u4e00-\u9fff](?<![年月日])\d{1,4}[年月]/g, /\d{1,2}日[A-Za-z]/g, /\| date \}\}[A-Za-z]/g];

describe('dates in Chinese text', () => {
  it('are set apart from Chinese before them and Latin words after them by a space', () => {
    expect(matchesIn(SOURCES, TIGHT)).toEqual([]);
  });
});

describe('a date before Chinese text', () => {
  // "在 2024年3月27日 的周度资产负债表中" beside "截至 2025年10月29日的三个月里" (own reading of
  // 2024-03-28): a date ends in 日, itself Chinese, so nothing sets it apart from the Chinese after
  // it; only the range words 至 and 到 keep a space on both sides ("2025年2月13日 至 2025年10月31日").
  it('runs on without a space, except before 至 or 到', () => {
    expect(matchesIn(SOURCES, [/(\| date \}\}|\d日) (?![至到])[\u4e00-\u9fff]/g])).toEqual([]);
  });
});

describe('bold lead-ins in Chinese text', () => {
  // "**总体判断：平稳。** 隔夜…" left a half-width space after the full stop on every edition
  // (reader pass 3); the stop goes after the bold instead: "**总体判断：平稳**。隔夜…".
  it('end before their full stop, with no half-width space after it', () => {
    expect(matchesIn(['content/reports/zh.md', 'content/methodology/zh.md'], [/[。！？]\*\* /g])).toEqual([]);
  });
});
