import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { outletFeeds, outlets } from "./outlets";

export type FetchRunStatus = "running" | "ok" | "not_modified" | "partial" | "error";

/** One attempt to ingest one source of an outlet; what failed stays visible to users here. */
export const fetchRuns = pgTable(
  "fetch_runs",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    outletId: integer("outlet_id")
      .notNull()
      .references(() => outlets.id, { onDelete: "cascade" }),
    feedId: integer("feed_id").references(() => outletFeeds.id, { onDelete: "set null" }),
    /** The URL or file the run read. */
    source: text().notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    status: text().$type<FetchRunStatus>().notNull().default("running"),
    httpStatus: integer("http_status"),
    etag: text(),
    lastModified: text("last_modified"),
    itemsSeen: integer("items_seen").notNull().default(0),
    itemsNew: integer("items_new").notNull().default(0),
    itemsUpdated: integer("items_updated").notNull().default(0),
    itemsFailed: integer("items_failed").notNull().default(0),
    errorCode: text("error_code"),
    errorMessage: text("error_message"),
    /** The worker process that ran it (host:pid), for tracing shared queues. */
    worker: text(),
  },
  (t) => [index("fetch_runs_outlet_started").on(t.outletId, t.startedAt)],
);

export type FetchRun = typeof fetchRuns.$inferSelect;
