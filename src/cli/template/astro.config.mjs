// @ts-check
import { defineConfig } from 'astro/config';
import fulcrum from 'fulcrum';

// The site's address, language and settings live in content/site.yaml.
// Your own stylesheets and components: fulcrum({ customCss: [...], components: {...} })
// (see Fulcrum's docs/customizing.md).
export default defineConfig({
  integrations: [fulcrum()],
});
