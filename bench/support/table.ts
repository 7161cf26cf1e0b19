export type Row = Record<string, string | number>;

/** One result table of a benchmark: what was measured, the rows, and a note on how to read them. */
export type Table = { title: string; rows: Row[]; note?: string };

/** A table as Markdown, so a run's output can be pasted into bench/README.md as it is. */
export function markdown({ title, rows, note }: Table): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [
    `### ${title}`,
    '',
    line(columns),
    line(columns.map(() => '---')),
    ...rows.map((row) => line(columns.map((column) => row[column] ?? ''))),
    ...(note ? ['', note] : []),
    '',
  ].join('\n');
}
