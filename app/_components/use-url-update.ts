"use client";

import { usePathname } from "next/navigation";
import { useCallback } from "react";
import { toQueryString } from "../../lib/search-params";

/**
 * Puts view state in the URL without a server round trip: Next.js syncs native pushState with
 * useSearchParams, and TanStack Query fetches whatever the new URL asks for.
 */
export function useUrlUpdate(): (values: Record<string, string | undefined>) => void {
  const pathname = usePathname();
  return useCallback(
    (values) => window.history.pushState(null, "", `${pathname}${toQueryString(values)}`),
    [pathname],
  );
}

