/** Whether a #rrggbb background is dark (Office's theme gives colours, not a name). */
export function isDarkColor(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((c) => parseInt(c, 16) / 255);
  // Relative luminance, near enough for light-or-dark.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
