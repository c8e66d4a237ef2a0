/**
 * Last-resort content finder: the element whose direct paragraphs hold the most text, with link
 * text discounted. Simple on purpose; it only runs when Readability returned almost nothing.
 */

export function densestBlock(document: Document): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  const scores = new Map<Element, number>();
  for (const p of document.querySelectorAll("p, pre, blockquote")) {
    const parent = p.parentElement;
    if (!parent) continue;
    const text = (p.textContent ?? "").trim().length;
    const links = [...p.querySelectorAll("a")].reduce((n, a) => n + (a.textContent ?? "").length, 0);
    const score = (scores.get(parent) ?? 0) + Math.max(0, text - 2 * links);
    scores.set(parent, score);
    if (score > bestScore) {
      bestScore = score;
      best = parent;
    }
  }
  return best;
}
