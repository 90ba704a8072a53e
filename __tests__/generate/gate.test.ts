/** OrderedGate: slots handed out in item order, bounded, with items that pass their turn. */
import { describe, expect, it } from '@jest/globals';
import { OrderedGate } from '../../src/generate/schedule.js';

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('OrderedGate', () => {
  it('admits items in index order whatever order they arrive in, never more than the bound', async () => {
    const gate = new OrderedGate(2);
    const admitted: number[] = [];
    let inside = 0;
    let most = 0;
    const item = async (i: number): Promise<void> => {
      await gate.enter(i);
      admitted.push(i);
      inside++;
      most = Math.max(most, inside);
      await tick();
      inside--;
      gate.leave();
    };
    // Item 1 arrives before item 0, item 3 before item 2; item 4 passes its turn.
    const runs = [item(1), item(3)];
    await tick();
    expect(admitted).toEqual([]);
    runs.push(item(0), item(2));
    gate.pass(4);
    runs.push(item(5));
    await Promise.all(runs);
    expect(admitted).toEqual([0, 1, 2, 3, 5]);
    expect(most).toBe(2);
  });

  it('a passed turn does not take a slot', async () => {
    const gate = new OrderedGate(1);
    gate.pass(0);
    await gate.enter(1);
    let second = false;
    const p = gate.enter(2).then(() => (second = true));
    await tick();
    expect(second).toBe(false);
    gate.leave();
    await p;
    expect(second).toBe(true);
  });
});
