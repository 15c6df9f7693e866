// The import's answer as a streamed JSON body (lib/import/import-contract.ts): the counts first,
// then its rows read from the temporary file they were set aside in (lib/import/row-log.server.ts)
// a few thousand at a time, so that a 100 000-row answer never sits in memory whole. The file goes
// when the body has been sent, or when the client stops reading it.
import type { ImportOutcome } from "./import-data.server";

/** Rows sent per chunk of the body. */
const ROWS_PER_CHUNK = 2000;

export function importAnswer(result: ImportOutcome, init: { status: number }): Response {
  const { rows, ...head } = result;
  const encoder = new TextEncoder();
  const opening = JSON.stringify({ ...head, rows: [] }).slice(0, -2); // without the closing `]}`
  let lines: AsyncIterator<string> | null = null;
  let first = true;
  // Once only, whether the body ends, fails, or the client stops reading mid-way.
  let released: Promise<void> | null = null;
  const release = () => {
    released ??= rows.dispose();
    return released;
  };
  const body = new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(encoder.encode(opening)),
    pull: async (controller) => {
      try {
        lines ??= rows.lines()[Symbol.asyncIterator]();
        const chunk: string[] = [];
        for (let next = await lines.next(); ; next = await lines.next()) {
          if (released) return; // the client went away meanwhile
          if (next.done) {
            controller.enqueue(encoder.encode(`${chunk.join("")}]}`));
            await release();
            controller.close();
            return;
          }
          if (next.value === "") continue;
          chunk.push(first ? next.value : `,${next.value}`);
          first = false;
          if (chunk.length >= ROWS_PER_CHUNK) break;
        }
        controller.enqueue(encoder.encode(chunk.join("")));
      } catch (error) {
        await release();
        controller.error(error);
      }
    },
    cancel: async () => {
      await release();
      await lines?.return?.();
    },
  });
  return new Response(body, { status: init.status, headers: { "content-type": "application/json" } });
}
