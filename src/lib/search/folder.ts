/** The search index's folder in the built site, which the search page loads Pagefind's script from. */
export const SEARCH_FOLDER = 'pagefind';
