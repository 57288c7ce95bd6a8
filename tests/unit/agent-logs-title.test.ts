/** Titles proposed from prompts: terminal control sequences and control characters never reach the day file. */
import { describe, expect, it } from 'vitest';
import { proposedTitle } from '../../src/cli/agent-logs/title.ts';

describe('proposedTitle on text pasted from a terminal', () => {
  it.each([
    ['a colour (CSI) around a word', 'Fix the \u001b[1;31mred\u001b[0m build', 'Fix the red build'],
    ['a CSI written with the one-byte C1 introducer', 'Fix \u009b32mgreen\u009b0m tests', 'Fix green tests'],
    ['a window title (OSC ended by BEL)', '\u001b]0;~/src/billing\u0007Rename the invoice table', 'Rename the invoice table'],
    [
      'a hyperlink (OSC 8 ended by ESC \\)',
      'See \u001b]8;;https://example.test/a\u001b\\the issue\u001b]8;;\u001b\\ first',
      'See the issue first',
    ],
    ['a cursor move on a line of its own', '\u001b[2K\u001b[1G\nShip the release notes', 'Ship the release notes'],
    ['a bell, a backspace and DEL', 'Ring\u0007 the\u0008 bell\u007f twice', 'Ring the bell twice'],
    ['half of a character', 'Keep \ud83d the rest', 'Keep \ufffd the rest'],
  ])('%s', (_case, prompt, title) => {
    expect(proposedTitle(prompt)).toBe(title);
  });

  it('proposes nothing for a line of control sequences alone', () => {
    expect(proposedTitle('\u001b[0m\u001b[?25h')).toBeUndefined();
  });
});
