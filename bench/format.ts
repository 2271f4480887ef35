/** Plain-text tables for the bench's output. */

/**
 * Render rows as a table with a header and right-aligned numeric columns.
 *
 * @param header Column titles.
 * @param rows Cells, as text.
 * @returns The table, one line per row.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)))
  const render = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0
        return column === 0 ? cell.padEnd(width) : cell.padStart(width)
      })
      .join('  ')
      .trimEnd()
  const rule = widths.map((width) => '-'.repeat(width)).join('  ')
  return [render(header), rule, ...rows.map(render)].join('\n')
}

/**
 * A number with a fixed count of significant-looking decimals for its size.
 *
 * @param value A number.
 * @returns Text.
 */
export function num(value: number): string {
  if (!Number.isFinite(value)) return '—'
  const magnitude = Math.abs(value)
  if (magnitude >= 100) return value.toFixed(0)
  if (magnitude >= 10) return value.toFixed(1)
  if (magnitude >= 1) return value.toFixed(2)
  return value.toFixed(3)
}

/**
 * A ratio such as `3.4×`.
 *
 * @param value A ratio.
 * @returns Text.
 */
export function times(value: number): string {
  return `${num(value)}×`
}

/**
 * A share such as `12.5%`.
 *
 * @param part The part.
 * @param whole The whole.
 * @returns Text.
 */
export function percent(part: number, whole: number): string {
  return `${((part / whole) * 100).toFixed(1)}%`
}

/**
 * A byte count in MB.
 *
 * @param bytes Bytes.
 * @returns Text such as `1.10 MB`.
 */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(2)} MB`
}

/**
 * Print a section heading.
 *
 * @param title The heading.
 */
export function heading(title: string): void {
  console.log(`\n## ${title}\n`)
}
