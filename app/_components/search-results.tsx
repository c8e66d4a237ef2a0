import Link from "next/link";
import type { SearchHit } from "../../lib/queries/search";
import type { SnippetPart } from "../../lib/search/snippet";
import { DateLabel } from "./date-label";

/** Ranked hits: the title and two passages with the matching words marked, the outlet and the date. */
export function SearchHitList({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="search-hits">
      {hits.map((hit) => (
        <li key={hit.id}>
          <h3>
            <Link href={`/articles/${hit.id}`}><Marked parts={hit.title} /></Link>
          </h3>
          <p className="muted">
            <Link href={`/outlets/${encodeURIComponent(hit.outlet.slug)}`}>{hit.outlet.name}</Link>
            {" · "}
            <DateLabel iso={hit.publishedAt} />
            {hit.language && <> · <span lang={hit.language}>{hit.language}</span></>}
          </p>
          {hit.snippet.length > 0 && (
            <p className="snippet" lang={hit.language ?? undefined}>
              {hit.snippet.map((parts, i) => (
                <span key={i}>
                  {i > 0 && " … "}
                  <Marked parts={parts} />
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

function Marked({ parts }: { parts: SnippetPart[] }) {
  return <>{parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

/** What the query box understands: Postgres's web-search syntax, read in each article's language. */
export function QuerySyntaxHelp({ open }: { open: boolean }) {
  return (
    <details className="card syntax-help" open={open}>
      <summary>How to write a query</summary>
      <ul>
        <li><code>soldiers Tajikistan</code>: articles with both words, in any order.</li>
        <li><code>"special military operation"</code>: the words as a phrase, in this order.</li>
        <li><code>Kyiv or Kiev</code>: either word.</li>
        <li><code>sanctions -Russia</code>: the first word without the second.</li>
        <li>
          Words are matched by their stem in each article&rsquo;s language (English, Russian, French, German), so{" "}
          <code>soldier</code> finds &ldquo;soldiers&rdquo; and <code>мигрантов</code> finds &ldquo;мигранты&rdquo;. Case does not
          matter; very common words (&ldquo;the&rdquo;, &ldquo;и&rdquo;) are ignored.
        </li>
        <li>Best matches come first: words in the title weigh more than words in the text, and close words more than scattered ones.</li>
      </ul>
    </details>
  );
}
