import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { serveOverSocket, type WireServer } from "./wire-server";

/** Many clients on one PGlite backend: requests and transactions must never interleave. */

describe("serveOverSocket", () => {
  let dir: string;
  let pglite: PGlite;
  let server: WireServer;
  const clients: postgres.Sql[] = [];
  const connect = (max = 4) => {
    const sql = postgres({ path: path.join(dir, "s"), max, prepare: false, onnotice: () => {} });
    clients.push(sql);
    return sql;
  };

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "cs-wire-"));
    pglite = await PGlite.create();
    server = await serveOverSocket(pglite, path.join(dir, "s"));
    await pglite.exec("create table t (id int primary key, who text)");
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.end({ timeout: 1 })));
    await server.close();
    await pglite.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("answers parallel parameterised queries from several connections correctly", async () => {
    const a = connect();
    const b = connect();
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        (i % 2 ? a : b)`select ${i}::int as n, ${"x".repeat(i % 5)}::text as s, ${i * 2}::int as d`,
      ),
    );
    results.forEach((rows, i) => expect(rows[0]).toEqual({ n: i, s: "x".repeat(i % 5), d: i * 2 }));
  });

  it("keeps concurrent transactions whole: a rollback loses only its own writes", async () => {
    const a = connect(1);
    const b = connect(1);
    const committed = a.begin(async (tx) => {
      for (let i = 0; i < 20; i++) await tx`insert into t values (${i}, 'a')`;
    });
    const rolledBack = b
      .begin(async (tx) => {
        for (let i = 100; i < 120; i++) await tx`insert into t values (${i}, 'b')`;
        throw new Error("abandon");
      })
      .catch((err: Error) => err.message);
    const reads = Promise.all(Array.from({ length: 20 }, () => connect(1)`select count(*)::int as n from t`));
    await committed;
    expect(await rolledBack).toBe("abandon");
    for (const [row] of await reads) expect([0, 20]).toContain(row!.n);
    const rows = await a`select who, count(*)::int as n from t group by who`;
    expect(rows).toEqual([{ who: "a", n: 20 }]);
  });

  it("rolls back a transaction whose client disappears, and serves the others", async () => {
    const quitter = connect(1);
    const reserved = await quitter.reserve();
    await reserved`begin`;
    await reserved`insert into t values (1, 'gone')`;
    const waiting = connect(1)`select count(*)::int as n from t`;
    await quitter.end({ timeout: 0 });
    const [row] = await waiting;
    expect(row!.n).toBe(0);
  });

  it("delivers results larger than the socket's buffer intact, and keeps serving after them", async () => {
    const sql = connect(1);
    // PGlite hands out views of its own memory; a socket write that cannot flush at once must not see them overwritten.
    const rows = await sql`select repeat(chr(97 + n % 26), 1000000) as s from generate_series(0, 7) as n`;
    expect(rows.map((r) => r.s.length)).toEqual(Array(8).fill(1_000_000));
    rows.forEach((r, n) => expect(r.s).toBe(String.fromCharCode(97 + (n % 26)).repeat(1_000_000)));
    const [after] = await sql`select 1 as one`;
    expect(after).toEqual({ one: 1 });
  }, 20_000);
});
