/**
 * Small readers for the HTML Fulcrum writes, shared by the component and site
 * tests. The markup is our own (no nested tables, attributes always quoted),
 * so a few regular expressions are enough and add no dependency. They are
 * deliberately independent of src/lib/html-text.ts, which is under test.
 */

export interface Cell {
  tag: 'td' | 'th';
  attrs: Record<string, string>;
  /** Visible text: tags removed, entities decoded, whitespace collapsed. */
  text: string;
  html: string;
}

export interface Table {
  attrs: Record<string, string>;
  caption: string;
  /** The cells of the header row(s) in <thead>. */
  head: Cell[][];
  /** The rows of <tbody>. */
  body: Cell[][];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** The text a reader sees in a fragment of HTML. */
export function textOf(html: string): string {
  return decode(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

export function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of source.matchAll(/([^\s=/]+)(?:\s*=\s*"([^"]*)")?/g)) {
    attrs[match[1] as string] = decode(match[2] ?? '');
  }
  return attrs;
}

function rows(section: string | undefined): Cell[][] {
  if (section === undefined) return [];
  return [...section.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] as string).matchAll(/<(td|th)\b([^>]*)>([\s\S]*?)<\/\1>/g)].map((cell) => ({
      tag: cell[1] as 'td' | 'th',
      attrs: parseAttrs(cell[2] as string),
      text: textOf(cell[3] as string),
      html: cell[3] as string,
    })),
  );
}

/** Every <table> in the document, in order. */
export function tables(html: string): Table[] {
  return [...html.matchAll(/<table\b([^>]*)>([\s\S]*?)<\/table>/g)].map((match) => {
    const inner = match[2] as string;
    return {
      attrs: parseAttrs(match[1] as string),
      caption: textOf(/<caption\b[^>]*>([\s\S]*?)<\/caption>/.exec(inner)?.[1] ?? ''),
      head: rows(/<thead\b[^>]*>([\s\S]*?)<\/thead>/.exec(inner)?.[1]),
      body: rows(/<tbody\b[^>]*>([\s\S]*?)<\/tbody>/.exec(inner)?.[1]),
    };
  });
}

/** The one table whose class list contains `className`; fails loudly otherwise. */
export function tableByClass(html: string, className: string): Table {
  const found = tables(html).filter((table) => (table.attrs.class ?? '').split(/\s+/).includes(className));
  if (found.length !== 1) throw new Error(`expected exactly one table.${className}, found ${found.length}`);
  return found[0] as Table;
}

/** Each body row as its cell texts: [["1", "Task…", "28h", …], …]. */
export function rowTexts(table: Table): string[][] {
  return table.body.map((row) => row.map((cell) => cell.text));
}

/** The inner HTML of every element matched by an opening-tag pattern such as `<article class="day-card">`. */
export function elements(html: string, tag: string, attrPattern = ''): string[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*${attrPattern}[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(pattern)].map((match) => match[1] as string);
}
