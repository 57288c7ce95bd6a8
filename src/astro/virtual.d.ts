/** The modules the integration serves (integration.ts): the author's stylesheets and the replaceable components. */
declare module 'virtual:fulcrum/user-css' {}
declare module 'virtual:fulcrum/components/Head' {
  const component: typeof import('./components/HeadExtras.astro').default;
  export default component;
}
declare module 'virtual:fulcrum/components/Header' {
  const component: typeof import('./components/Header.astro').default;
  export default component;
}
declare module 'virtual:fulcrum/components/AuthorBio' {
  const component: typeof import('./components/AuthorBio.astro').default;
  export default component;
}
declare module 'virtual:fulcrum/components/CallToAction' {
  const component: typeof import('./components/CallToAction.astro').default;
  export default component;
}
declare module 'virtual:fulcrum/components/Footer' {
  const component: typeof import('./components/Footer.astro').default;
  export default component;
}
