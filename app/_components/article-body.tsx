/**
 * The one component that renders stored article HTML. dangerouslySetInnerHTML is safe here
 * because `html` is only ever the articles.content_html column, which ingest/sanitise.ts wrote
 * through an allowlist (no script/style/event handlers, http/https/mailto links, sandboxed
 * allowlisted iframes). Pages also send a nonce-based CSP, so a sanitiser miss still cannot run
 * script. Never pass anything else to this component, and never render raw HTML elsewhere.
 */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
