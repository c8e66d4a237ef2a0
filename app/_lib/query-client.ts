import { defaultShouldDehydrateQuery, isServer, QueryClient } from "@tanstack/react-query";
import { ApiError } from "./fetch-json";

/**
 * One QueryClient per server request, one for the browser's lifetime (TanStack Query's App
 * Router example). A browser client created per render would drop the cache on every suspend.
 */

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Above zero so the browser does not refetch what the server just prefetched.
      queries: {
        staleTime: 60_000,
        // A 4xx (bad filter, missing article) will not get better by asking again.
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 3,
      },
      dehydrate: {
        // Also hand over queries still in flight, so streamed prefetches need no client refetch.
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
