// @ts-check
import { defineConfig } from 'astro/config';
// An author's project imports this as `import fulcrum from 'fulcrum'`; here it is the source itself.
import fulcrum from './src/astro/integration.ts';

// The site's address, language and settings live in content/site.yaml.
export default defineConfig({
  integrations: [fulcrum()],
});
