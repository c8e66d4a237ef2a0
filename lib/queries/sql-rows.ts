import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";

/** The rows of a raw SQL query, on either driver (PGlite and postgres return different result objects). */
export async function rowsOf<T>(db: Pick<Database, "execute">, query: SQL): Promise<T[]> {
  return [...((await db.execute(query)) as unknown as Iterable<T>)];
}

/** `(1, 2, 3)` as bound parameters for `in`; `(null)` for no ids, which matches nothing. */
export function idList(ids: number[]): SQL {
  return ids.length ? sql`(${sql.join(ids.map((id) => sql`${id}`), sql`, `)})` : sql`(null)`;
}
