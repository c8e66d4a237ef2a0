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

/** `array[1, 2, 3]::int[]`, each id a parameter: for `unnest`, where a list will not do. */
export function idArray(ids: number[]): SQL {
  return sql`array[${sql.join(ids.map((id) => sql`${id}::int`), sql`, `)}]::int[]`;
}
