import { describe, expect, it } from 'vitest';
import { commandData, commandProperty, printable } from '../../src/update/printable.ts';

describe('source text made safe to print', () => {
  it('printable: one line, line breaks shown, control characters and legacy ##[ commands broken', () => {
    expect(printable('a\n::warning::x\r\n::add-mask::y\rz\u2028w')).toBe('a ⏎ ::warning::x ⏎ ::add-mask::y ⏎ z ⏎ w');
    expect(printable('tab\tkept, bell\u0007 and escape\u001b[31m dropped ##[error]x')).toBe('tab\tkept, bell and escape[31m dropped # #[error]x');
    expect(printable('plain text (https://x/y?a=1&b=2)')).toBe('plain text (https://x/y?a=1&b=2)');
  });

  it('commandData escapes %, CR and LF as GitHub documents, % first', () => {
    expect(commandData('100% of\r\n::stop-commands::t')).toBe('100%25 of%0D%0A::stop-commands::t');
    expect(commandData('%0A')).toBe('%250A');
  });

  it('commandProperty also escapes : and ,', () => {
    expect(commandProperty('Stale series SOFR')).toBe('Stale series SOFR');
    expect(commandProperty('a:b,c\nd%')).toBe('a%3Ab%2Cc%0Ad%25');
  });
});
