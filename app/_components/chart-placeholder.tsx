/** Holds the chart's space while it loads, so nothing below it moves. */
export function ChartPlaceholder({ text }: { text: string }) {
  return (
    <div className="chart-placeholder" role="status">
      {text}
    </div>
  );
}
