import { expect, test } from "vitest";
import { createWriteGate } from "./write-gate";

test("admits as many writers as it has slots, then one for each that leaves, in order", async () => {
  const gate = createWriteGate({ slots: 2, maxWaitMs: 60_000 });
  const first = await gate.enter();
  await gate.enter();
  const order: number[] = [];
  const third = gate.enter().then((leave) => (order.push(3), leave));
  const fourth = gate.enter().then((leave) => (order.push(4), leave));
  await Promise.resolve();
  expect(order).toEqual([]);
  first();
  (await third)();
  await fourth;
  expect(order).toEqual([3, 4]);
});

test("a writer that waits too long is refused with TOO_MANY_REQUESTS, and its place is given up", async () => {
  const gate = createWriteGate({ slots: 1, maxWaitMs: 1 });
  const leave = await gate.enter();
  await expect(gate.enter()).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  leave();
  const again = await gate.enter(); // the slot came back, not to the refused writer
  again();
});
