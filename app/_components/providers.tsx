"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { getQueryClient } from "../_lib/query-client";

export function Providers({ children }: { children: ReactNode }) {
  // getQueryClient, not useState: the browser keeps one client even if this render suspends.
  const queryClient = getQueryClient();
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
