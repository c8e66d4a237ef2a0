/**
 * A large, realistic RSS 2.0 document built in memory: WordPress-style items with CDATA bodies,
 * categories, dc:creator and RFC 822 dates, in English and Russian. Deterministic, so runs compare.
 */
const PARAGRAPHS = [
  "The delegation met officials in Bishkek on Tuesday to discuss water-sharing along the Syr Darya, according to a statement from the ministry.",
  "«Мы обсудили вопросы энергетики и транспорта», — заявил представитель министерства иностранных дел, добавив, что переговоры продолжатся.",
  "Local journalists said access to the border region remained restricted, and several reporters were turned back at checkpoints near Batken.",
  "The project received $230,000 from an international donor last year, the organisation's annual report shows, though the figure was not disclosed at the time.",
  "Analysts note that coverage of the talks differed sharply between outlets, with some describing the meeting as a breakthrough and others as routine.",
];

export interface SyntheticFeedOptions {
  items: number;
  /** The first item's number, so consecutive feeds carry consecutive items. */
  firstItem?: number;
  /** Paragraphs in each item's body; ~5 make a 3.5 kB item. */
  paragraphsPerItem?: number;
  /** Changes every title and body, for a feed whose items all count as edited. */
  revision?: number;
}

export function syntheticFeed({ items, firstItem = 0, paragraphsPerItem = 5, revision = 0 }: SyntheticFeedOptions): string {
  const start = Date.UTC(2026, 0, 1);
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">`,
    `<channel><title>Synthetic Outlet</title><link>https://synthetic.example/</link><description>Benchmark feed</description><language>en</language>`,
  ];
  for (let i = firstItem; i < firstItem + items; i++) {
    const body = Array.from({ length: paragraphsPerItem }, (_, p) => `<p>${PARAGRAPHS[(i + p) % PARAGRAPHS.length]} (${i}.${p}.${revision})</p>`).join("\n");
    const date = new Date(start + i * 3_600_000).toUTCString().replace("GMT", "+0000");
    parts.push(
      `<item><title>Item ${i}: talks on water and energy continue &amp; widen${revision ? ` (rev ${revision})` : ""}</title>`,
      `<link>https://synthetic.example/news/${i}/?utm_source=rss</link><guid isPermaLink="false">https://synthetic.example/?p=${i}</guid>`,
      `<pubDate>${date}</pubDate><dc:creator><![CDATA[Reporter ${i % 7}]]></dc:creator>`,
      `<category><![CDATA[Region ${i % 5}]]></category><category><![CDATA[Politics]]></category>`,
      `<description><![CDATA[${PARAGRAPHS[i % PARAGRAPHS.length]}]]></description>`,
      `<content:encoded><![CDATA[${body}<p><a href="https://other.example/story/${i % 50}">Source</a></p>]]></content:encoded></item>`,
    );
  }
  parts.push("</channel></rss>");
  return parts.join("\n");
}
