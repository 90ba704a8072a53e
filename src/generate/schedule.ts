/**
 * A bounded pool that starts work in list order. `stop()` (fail-fast) prevents new starts;
 * work already running always finishes. Results keep list order whatever the completion order.
 */

export interface PoolOptions<T, R> {
  concurrency: number;
  /** Starts one item; must not reject (turn errors into results). */
  run: (item: T, index: number) => Promise<R>;
  /** Called as each item completes, in completion order. */
  onDone?: (result: R, index: number) => void;
  /** Checked before each start: true stops scheduling. */
  shouldStop?: () => boolean;
}

/** Runs the items; an entry is undefined when the item was never started. */
export async function runPool<T, R>(items: readonly T[], opts: PoolOptions<T, R>): Promise<(R | undefined)[]> {
  const results: (R | undefined)[] = new Array<R | undefined>(items.length).fill(undefined);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      if (opts.shouldStop?.()) return;
      const index = next++;
      const result = await opts.run(items[index], index);
      results[index] = result;
      opts.onDone?.(result, index);
    }
  };
  const width = Math.max(1, Math.min(opts.concurrency, items.length));
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

/**
 * Prints per-item log output in list order as items complete: item i is flushed once
 * items 0..i-1 have been. Keeps the log identical between runs.
 */
export class OrderedLog<L> {
  private readonly pending = new Map<number, L>();
  private cursor = 0;
  constructor(
    private readonly total: number,
    private readonly print: (entry: L, index: number) => void,
  ) {}

  add(index: number, entry: L): void {
    this.pending.set(index, entry);
    while (this.pending.has(this.cursor)) {
      const e = this.pending.get(this.cursor)!;
      this.pending.delete(this.cursor);
      this.print(e, this.cursor);
      this.cursor++;
    }
  }

  /** Flushes what is left (items never started leave holes), still in order. */
  flush(): void {
    for (const index of [...this.pending.keys()].sort((a, b) => a - b)) {
      this.print(this.pending.get(index)!, index);
    }
    this.pending.clear();
    this.cursor = this.total;
  }
}

/**
 * Slots for plugin processes, handed out in item order: item i gets one only after every
 * earlier item has had one (or given up its turn with `pass`). Lets the pool prepare and
 * finish jobs around the plugin runs while the runs themselves keep the list order and the
 * concurrency bound.
 */
export class OrderedGate {
  private next = 0;
  private readonly arrived = new Map<number, (() => void) | null>();
  constructor(private free: number) {}

  /** Resolves when it is item `index`'s turn and a slot is free; the caller must `leave()`. */
  enter(index: number): Promise<void> {
    const turn = new Promise<void>((resolve) => this.arrived.set(index, resolve));
    // Granted a microtask later, once the caller awaits: continuations then run in grant order.
    queueMicrotask(() => this.pump());
    return turn;
  }

  /** Frees a slot taken with `enter`. */
  leave(): void {
    this.free++;
    this.pump();
  }

  /** Item `index` will not take a slot: later items need not wait for it. */
  pass(index: number): void {
    this.arrived.set(index, null);
    this.pump();
  }

  private pump(): void {
    while (this.arrived.has(this.next)) {
      const waiter = this.arrived.get(this.next)!;
      if (waiter !== null) {
        if (this.free === 0) return;
        this.free--;
      }
      this.arrived.delete(this.next);
      this.next++;
      waiter?.();
    }
  }
}
