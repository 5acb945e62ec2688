/**
 * "Siti Rahmawati" -> "S***i R***": the first word keeps its first and last letter, the others
 * only their first. Safe to show anyone (a fixed three stars hides the length).
 */
export function maskName(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  if (!words.length) return '***';
  return words.map((w, i) => (i === 0 && w.length > 2 ? `${w[0]}***${w[w.length - 1]}` : `${w[0]}***`)).join(' ');
}
