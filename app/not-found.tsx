import Link from "next/link";

export default function NotFound() {
  return (
    <section className="card">
      <h1>Not found</h1>
      <p>There is nothing at this address. It may have been removed, or the link is mistyped.</p>
      <p>
        <Link href="/articles">Browse articles</Link>
      </p>
    </section>
  );
}
