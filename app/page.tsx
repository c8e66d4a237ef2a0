import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { parseTimeUnit } from "../lib/coverage/units";
import { getDb } from "../lib/db";
import { getCoverage } from "../lib/queries/coverage";
import { listFailingOutlets, listOutletsWithStats } from "../lib/queries/outlets";
import { CoveragePanel } from "./_components/coverage-panel";
import { FailingOutletsAlert } from "./_components/outlet-health";
import { OutletTable } from "./_components/outlet-table";
import { getQueryClient } from "./_lib/query-client";
import { coverageQueryOptions } from "./_lib/query-options";

export const dynamic = "force-dynamic";

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).unit;
  const unit = parseTimeUnit(Array.isArray(raw) ? raw[0] : raw);
  const db = await getDb();
  const queryClient = getQueryClient();
  // Same key as the browser's query, data straight from the query function: first paint has numbers.
  await queryClient.prefetchQuery({
    ...coverageQueryOptions({ unit }),
    queryFn: () => getCoverage(db, { unit }),
  });
  const outlets = await listOutletsWithStats(db);

  return (
    <>
      <h1>Overview</h1>
      <FailingOutletsAlert outlets={listFailingOutlets(outlets)} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <CoveragePanel />
      </HydrationBoundary>
      <section className="card" aria-labelledby="outlets-heading">
        <h2 id="outlets-heading">Outlets</h2>
        <OutletTable outlets={outlets} />
      </section>
    </>
  );
}
