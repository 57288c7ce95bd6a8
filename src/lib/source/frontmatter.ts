/** Splits a day's Markdown file into its YAML front matter and its body. */

export type Split =
  | { ok: true; yaml: string; yamlLine: number; body: string; bodyLine: number }
  | { ok: false; line: number; message: string };

const FENCE = /^---[ \t]*$/;

export function splitFrontmatter(text: string): Split {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      ok: false,
      line: 1,
      message: 'the file has no front matter; start it with a line ---, then the day (date, tasks), then another line ---, then the prose',
    };
  }
  const closing = lines.findIndex((line, index) => index > 0 && (FENCE.test(line) || /^\.\.\.[ \t]*$/.test(line)));
  if (closing === -1) {
    return {
      ok: false,
      line: 1,
      message: 'the front matter that starts here is never closed; add a line --- after the last task, before the prose',
    };
  }
  return {
    ok: true,
    yaml: lines.slice(1, closing).join('\n'),
    yamlLine: 2,
    body: lines.slice(closing + 1).join('\n'),
    bodyLine: closing + 2,
  };
}
