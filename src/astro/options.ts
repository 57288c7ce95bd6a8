/**
 * The integration's options, `fulcrum({ … })` in astro.config.mjs: extra
 * stylesheets and the components an author may replace. Checked like
 * site.yaml: an unknown name, a wrong type or a missing file is a message
 * naming the option and the file, never a stack trace.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { nearest } from '../lib/schema/suggest.ts';

/** The components an author may replace, with the file Fulcrum uses otherwise (below src/astro/components/). */
export const REPLACEABLE_COMPONENTS = {
  Head: 'HeadExtras.astro',
  Header: 'Header.astro',
  AuthorBio: 'AuthorBio.astro',
  CallToAction: 'CallToAction.astro',
  Footer: 'Footer.astro',
} as const;

export type ComponentName = keyof typeof REPLACEABLE_COMPONENTS;

const NAMES = Object.keys(REPLACEABLE_COMPONENTS) as ComponentName[];

const optionsSchema = z.strictObject({
  customCss: z.array(z.string().min(1)).optional(),
  components: z.record(z.string(), z.string().min(1)).optional(),
});

export type FulcrumOptions = z.input<typeof optionsSchema>;

export interface ResolvedOptions {
  /** Absolute paths of the author's stylesheets, in the order given. */
  customCss: string[];
  /** Absolute paths of the author's components, by name. */
  components: Partial<Record<ComponentName, string>>;
}

/** Where the option is, as an author reads it in astro.config.mjs. */
function optionName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : `${name}.${String(key)}`), 'fulcrum()');
}

/** A file the author named, or why it cannot be used. */
function authorFile(root: string, option: string, file: string, kinds: readonly string[]): string | { error: string } {
  const path = resolve(root, file);
  if (!existsSync(path) || !statSync(path).isFile()) {
    return { error: `${option}: "${file}" is not a file (looked for ${path}); check the path, which is relative to the project folder` };
  }
  if (!kinds.some((kind) => path.endsWith(kind))) return { error: `${option}: "${file}" is not a ${kinds.join(' or ')} file` };
  return path;
}

/** The options resolved against the project folder `root`, or every problem with them. */
export function resolveOptions(input: unknown, root: string): ResolvedOptions | { errors: string[] } {
  const parsed = optionsSchema.safeParse(input ?? {});
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.map((issue) => {
        if (issue.code === 'unrecognized_keys') {
          const hint = issue.keys.map((key) => nearest(key, ['customCss', 'components'])).find(Boolean);
          return `${optionName(issue.path)}: unknown option ${issue.keys.map((key) => `"${key}"`).join(', ')}${hint ? `; did you mean ${hint}?` : '; the options are customCss and components'}`;
        }
        return `${optionName(issue.path)}: ${issue.message}`;
      }),
    };
  }
  const errors: string[] = [];
  const customCss: string[] = [];
  for (const [index, file] of (parsed.data.customCss ?? []).entries()) {
    const path = authorFile(root, `fulcrum() customCss[${index}]`, file, ['.css']);
    if (typeof path === 'string') customCss.push(path);
    else errors.push(path.error);
  }
  const components: Partial<Record<ComponentName, string>> = {};
  for (const [name, file] of Object.entries(parsed.data.components ?? {})) {
    if (!NAMES.includes(name as ComponentName)) {
      const hint = nearest(name, NAMES);
      errors.push(
        `fulcrum() components.${name}: no component of that name${hint ? `; did you mean ${hint}?` : ''}; the components you can replace are ${NAMES.join(', ')}`,
      );
      continue;
    }
    const path = authorFile(root, `fulcrum() components.${name}`, file, ['.astro']);
    if (typeof path === 'string') components[name as ComponentName] = path;
    else errors.push(path.error);
  }
  return errors.length > 0 ? { errors } : { customCss, components };
}
