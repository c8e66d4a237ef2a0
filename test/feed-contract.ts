import { z } from "zod";

/** The `parse-feed --json` contract of DESIGN.md §4, as a schema tests check documents against. */

const isoUtc = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/, "UTC ISO-8601");
const absoluteHttp = z.string().regex(/^https?:\/\/[^\s]+$/, "absolute http(s) URL");

export const feedItemSchema = z.strictObject({
  guid: z.string().min(1).nullable(),
  link: absoluteHttp.nullable(),
  title: z.string().min(1).nullable(),
  published: isoUtc.nullable(),
  updated: isoUtc.nullable(),
  authors: z.array(z.string().min(1)),
  categories: z.array(z.string().min(1)),
  summary: z.string().min(1).nullable(),
  contentHtml: z.string().min(1).nullable(),
  enclosures: z.array(z.strictObject({ url: absoluteHttp, type: z.string().nullable(), length: z.number().int().nonnegative().nullable() })),
});

export const feedDocumentSchema = z.strictObject({
  feed: z.strictObject({
    title: z.string(),
    link: absoluteHttp.nullable(),
    description: z.string().nullable(),
    language: z.string().nullable(),
  }),
  items: z.array(feedItemSchema),
});
