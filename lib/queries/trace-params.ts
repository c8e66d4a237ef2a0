import { z } from "zod";

/** ?q= on the trace page and its API: the sentence or fragment to trace. */
export const traceQuerySchema = z.object({
  q: z.string().trim().min(3, "Paste a sentence or a fragment of one, three characters or more").max(2000, "A claim is a sentence: 2,000 characters at most"),
});

export type TraceQuery = z.infer<typeof traceQuerySchema>;
