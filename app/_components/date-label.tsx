import { formatDate } from "../_lib/format";

/** A published date, or a clearly marked "Date unknown": undated articles are never given one. */
export function DateLabel({ iso }: { iso: string | null }) {
  const text = formatDate(iso);
  if (!text || !iso) {
    return (
      <span className="date-unknown" title="The source gave no publication date">
        Date unknown
      </span>
    );
  }
  return <time dateTime={iso}>{text}</time>;
}
