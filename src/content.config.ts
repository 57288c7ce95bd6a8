/** This repository's own site is built like an author's: Fulcrum's collections (src/astro/collections.ts). */
export { collections } from './astro/collections.ts';
