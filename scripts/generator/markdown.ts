// Markdown the docs pages are built from, whatever spec text lands in it.

/**
 * A fenced code block that its content cannot close: the fence is longer than any run of
 * backticks in it (CommonMark closes a fence only with one at least as long). Spec text reaches
 * samples (an example string with a line break and a ``` after it), and must stay code.
 */
export function fenced(lang: string, body: string): string {
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${body}\n${fence}\n`;
}
