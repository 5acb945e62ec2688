import { conflict } from './errors';

/**
 * An explicit state machine: `allowed[from]` lists the states reachable from `from`.
 * An illegal move is CONFLICT naming both states; nothing is overwritten silently.
 */
export class Workflow<S extends string> {
  constructor(
    readonly name: string,
    private readonly allowed: Record<S, readonly S[]>,
  ) {}

  can(from: S, to: S): boolean {
    return this.allowed[from]?.includes(to) ?? false;
  }

  /** Throws CONFLICT (extensions.from/to/allowed) unless `from -> to` is allowed. */
  assert(from: S, to: S): void {
    if (this.can(from, to)) return;
    const next = this.allowed[from] ?? [];
    throw conflict(
      `${this.name} cannot go from ${from} to ${to}${next.length ? ` (allowed: ${next.join(', ')})` : ` (${from} is final)`}`,
      `Status ${from} tidak dapat diubah menjadi ${to}`,
      { from, to, allowed: next },
    );
  }

  isFinal(state: S): boolean {
    return (this.allowed[state] ?? []).length === 0;
  }
}
