// Every page so far is the same for every visitor, so it is rendered once at build time.
export const prerender = true;
