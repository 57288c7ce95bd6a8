/**
 * Plain `tsc` cannot read `.astro` files (only Astro's language server can),
 * so imports of components from `.ts` files (the RSS endpoint, component
 * tests) would fail to type-check. This gives them the type the Astro
 * container and renderer accept; `astro check` still sees the real file.
 */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
