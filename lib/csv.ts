import { stringify } from "csv-stringify/sync";

/**
 * CSV for spreadsheets: RFC 4180 quoting by csv-stringify, a header row, and cells that a
 * spreadsheet would run as a formula (=, +, -, @ at the start: text quoted from fetched articles)
 * defused with a leading apostrophe.
 */

export type CsvValue = string | number | boolean | null;

export function toCsv(header: string[], rows: CsvValue[][]): string {
  // csv-stringify writes false as an empty cell by default; a spreadsheet should read false.
  return stringify([header, ...rows.map((row) => row.map(defuse))], { record_delimiter: "\r\n", cast: { boolean: (b) => String(b) } });
}

function defuse(value: CsvValue): CsvValue {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvResponse(filename: string, csv: string): Response {
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
    },
  });
}
