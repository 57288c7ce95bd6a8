import { describe, expect, it } from 'vitest';
import { splitBody } from '../../src/lib/source/body.ts';

describe('splitBody', () => {
  it('splits at the first level-two heading', () => {
    const body = ['Intro line.', '', 'More intro.', '## Analysis', '', 'Why.', '## Later', 'x'].join('\n');
    expect(splitBody(body)).toEqual({
      intro: 'Intro line.\n\nMore intro.',
      rest: '## Analysis\n\nWhy.\n## Later\nx',
      restOffset: 3,
    });
  });

  it('keeps everything in the intro when there is no such heading', () => {
    expect(splitBody('Only prose.\n\nMore.')).toEqual({ intro: 'Only prose.\n\nMore.', rest: '', restOffset: 3 });
  });

  it('ignores ## inside fenced code', () => {
    const body = ['Intro.', '```md', '## not a heading', '```', 'Still intro.', '## Analysis', 'Text.'].join('\n');
    expect(splitBody(body)).toEqual({
      intro: 'Intro.\n```md\n## not a heading\n```\nStill intro.',
      rest: '## Analysis\nText.',
      restOffset: 5,
    });
  });

  it('closes a fence only with the same character, at least as long', () => {
    const body = ['~~~~', '```', '## inside', '~~~', '## still inside', '~~~~', '## Analysis'].join('\n');
    expect(splitBody(body).restOffset).toBe(6);
  });

  it('treats an unclosed fence as code to the end', () => {
    expect(splitBody('Intro.\n```\n## inside code').rest).toBe('');
  });

  it('does not split at other heading levels or at a ## without a space', () => {
    const body = ['# Title', '### Detail', '##NoSpace', '#### Deep', 'Text.'].join('\n');
    expect(splitBody(body)).toEqual({ intro: body, rest: '', restOffset: 5 });
  });

  it('accepts up to three spaces of indent, as Markdown does; four make code', () => {
    expect(splitBody('Intro.\n   ## Analysis').restOffset).toBe(1);
    expect(splitBody('Intro.\n    ## code\nMore.').rest).toBe('');
  });

  it('splits at an empty ## heading and at a heading on the first line', () => {
    expect(splitBody('##\nText.')).toEqual({ intro: '', rest: '##\nText.', restOffset: 0 });
  });
});
