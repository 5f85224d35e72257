// Text that came from a source (a field, a header, a JSON parser's excerpt of a body) on its
// way to a log. On GitHub Actions every stdout line starting with `::` is a workflow command
// (annotations, `::add-mask::`, `::stop-commands::`), and `##[` starts a legacy one anywhere in
// a line; a newline inside source text would let a source write such a line. Every place
// that prints source-derived text goes through these helpers.

// Line breaks as the runner reads lines (CR, LF, CRLF) and as other readers do (NEL, LS, PS),
// and every other control character.
const BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * One line of plain log text: line breaks become " ⏎ " (visible, so a reader sees the source
 * had one), other control characters are dropped, and a legacy `##[` command is broken up.
 */
export function printable(text: string): string {
  return text.replace(BREAKS, ' ⏎ ').replace(CONTROLS, '').replaceAll('##[', '# #[');
}

/** The message part of a workflow command (`::warning …::<data>`), escaped as GitHub documents. */
export function commandData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A property value of a workflow command (`title=<value>`): data escaping plus `:` and `,`. */
export function commandProperty(text: string): string {
  return commandData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
