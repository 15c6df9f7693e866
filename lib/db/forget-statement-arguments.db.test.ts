// Large statement parameters stay reachable through Prisma's debug history until pushed out.
import v8 from "node:v8";
import vm from "node:vm";
import { expect, test } from "vitest";
import { useTestDatabase } from "../test/test-database";
import { forgetStatementArguments } from "./forget-statement-arguments.server";
import { runTransaction } from "./run-transaction.server";

const t = useTestDatabase();

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

test("lets the parameters of bulk statements be collected", async () => {
  const heldMb = await runTransaction(t.db, async (tx) => {
    const before = heapMb();
    for (let batch = 0; batch < 6; batch++) {
      // About 20 MB of strings per statement, as a bulk insert's column arrays are.
      const column = Array.from({ length: 200_000 }, (_, i) => `a quote of some length, number ${i} of batch ${batch}`);
      await tx.$executeRaw`SELECT count(*) FROM unnest(${column}::text[])`;
    }
    const held = heapMb() - before;
    await forgetStatementArguments(tx);
    return { held, after: heapMb() - before };
  });
  // Without forgetting, all six statements' arrays stay (about 20 MB each); after it, at most
  // the last one's, which the transaction holds until it ends.
  expect(heldMb.held).toBeGreaterThan(80);
  expect(heldMb.after).toBeLessThan(heldMb.held / 3);
});
