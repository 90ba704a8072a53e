/** Collects changes, each classified by the table and placed on a line of the head's pacto.yaml. */
import { classify, type Table } from './classification.js';
import type { Change, ChangeType } from './types.js';

export interface ChangeOptions {
  /** The change's path when it is not the rule path (`openapi.paths[/users]`). */
  path?: string;
  reason?: string;
  /** Where in the head's pacto.yaml (a Pacto path); null for no head line. */
  at?: string | null;
}

export class Changes {
  readonly list: Change[] = [];

  constructor(
    private readonly table: Table,
    private readonly lineOf: (p: string) => number | null,
  ) {}

  /** `oldValue`/`newValue` undefined stands for Go's nil: the key is left out. */
  add(
    rule: string,
    type: ChangeType,
    oldValue: string | number | undefined,
    newValue: string | number | undefined,
    opts: ChangeOptions = {},
  ): void {
    const c: Change = {
      path: opts.path ?? rule,
      type,
      classification: classify(this.table, rule, type),
      reason: opts.reason ?? `${rule} ${type}`,
      line: opts.at === null ? null : this.lineOf(opts.at ?? rule),
    };
    if (oldValue !== undefined) c.oldValue = oldValue;
    if (newValue !== undefined) c.newValue = newValue;
    this.list.push(c);
  }
}

/** Keys of both maps in a stable order (Pacto's order is Go's map order: unordered). */
export function sortedKeys(a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): { removedOrKept: string[]; added: string[] } {
  const removedOrKept = [...a.keys()].sort();
  const added = [...b.keys()].filter((k) => !a.has(k)).sort();
  return { removedOrKept, added };
}
