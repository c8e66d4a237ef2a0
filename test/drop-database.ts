import type postgres from "postgres";

/**
 * Drops a throwaway database (a test's or a benchmark's). An autovacuum worker (a superuser backend,
 * which a non-superuser role may not terminate) can be working on a freshly written database for a
 * moment: wait for it and try again.
 */
export async function dropDatabase(admin: postgres.Sql, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== "42501" || attempt >= 20) throw err;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

