import { z } from "zod";

/**
 * Building blocks for validating query-string input in route handlers and pages. Messages are
 * written for the person who typed the URL: they name the field and the expected form.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date "YYYY-MM-DD", read as midnight UTC. */
export const dateParam = z
  .string()
  .trim()
  .regex(DATE_RE, "must be a date in the form YYYY-MM-DD")
  .transform((value, ctx) => {
    const date = new Date(`${value}T00:00:00Z`);
    // Date.parse rolls 2024-02-30 over to March; a round trip catches dates that do not exist.
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: `${value} is not a real calendar date` });
      return z.NEVER;
    }
    return date;
  });

/** A row's id in a path (identity columns: 1 to 2^31 − 1); anything else cannot exist. */
export function rowIdParam(what: string) {
  return z
    .string()
    .regex(/^\d{1,10}$/, `${what} must be a positive whole number`)
    .transform(Number)
    .pipe(z.number().int().min(1, `${what} must be a positive whole number`).max(2_147_483_647, `${what} is too large`));
}

export const slugParam = z.string().trim().min(1, "must not be empty").max(200, "is too long");

export function positiveIntParam(max: number) {
  return z
    .string()
    .trim()
    .regex(/^\d+$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().int().min(1, "must be 1 or more").max(max, `must be at most ${max}`));
}

const DAY_MS = 86_400_000;

/** `to` dates are inclusive for people (to=2024-03-31 includes that day); queries take an exclusive end. */
export function endOfDayExclusive(day: Date): Date {
  return new Date(day.getTime() + DAY_MS);
}

/** One readable line from a validation failure: "from: must be a date in the form YYYY-MM-DD". */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}
