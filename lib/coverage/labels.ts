import { nextBucket, parseBucket, UNKNOWN_DATE_BUCKET } from "./series";
import type { TimeUnit } from "./units";

/** Human labels for buckets: short for axis ticks, explicit (with the range) for tooltips. */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function dayMonth(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
}

export function formatBucketTick(bucket: string, unit: TimeUnit): string {
  if (bucket === UNKNOWN_DATE_BUCKET) return "Date unknown";
  const date = parseBucket(bucket);
  if (unit === "month") return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return `${dayMonth(date)} ${date.getUTCFullYear()}`;
}

export function formatBucketRange(bucket: string, unit: TimeUnit): string {
  if (bucket === UNKNOWN_DATE_BUCKET) return "Date unknown (not placed in time)";
  const start = parseBucket(bucket);
  if (unit === "month") return `${MONTHS[start.getUTCMonth()]} ${start.getUTCFullYear()}`;
  if (unit === "day") return `${dayMonth(start)} ${start.getUTCFullYear()}`;
  const end = new Date(parseBucket(nextBucket(bucket, unit)).getTime() - 86_400_000);
  return `Week of ${dayMonth(start)} ${start.getUTCFullYear()} – ${dayMonth(end)} ${end.getUTCFullYear()}`;
}
