// Writes migration SQL by diffing two Prisma schemas with the WASM build of Prisma's
// schema engine: no database and no downloadable engine involved (ADR 0002).
// Development tooling only: used by scripts/make-migration.ts and the agreement test.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

/** A schema's text, or "empty" for a database with nothing in it. */
export type SchemaState = { path: string; text: string } | "empty";

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
};

type Bindings = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: { new: (...args: unknown[]) => Promise<Engine> };
};

let bindings: Promise<Bindings> | undefined;
let lastPanic = "";

/** The engine's bindings, instantiated once per process. */
function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    // The engine reports a Rust panic through this global before it throws.
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => (lastPanic = message),
    };
    // The package imports its .wasm as an ES module, which Node 20 cannot do:
    // instantiate the bytes ourselves and hand them to the generated bindings.
    const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as Bindings;
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
    const imports = { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports };
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), imports);
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return bindings;
}

async function loadEngine(datamodel: { path: string; text: string }, connectionString: string): Promise<Engine> {
  const bg = await loadBindings();
  // The engine connects even for a schema-to-schema diff (it asks the server's version),
  // so it needs a reachable server; it reads and writes nothing there.
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  return bg.SchemaEngine.new({ datamodels: [[datamodel.path, datamodel.text]] }, () => {}, adapter);
}

function target(state: SchemaState) {
  return state === "empty" ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: state.path, content: state.text }] };
}

/** The SQL that takes a database from `from` to `to` ("" when they agree). */
export async function diffSchemas(options: {
  from: SchemaState;
  to: { path: string; text: string };
  /** Any reachable PostgreSQL server (see loadEngine). */
  connectionString: string;
}): Promise<string> {
  const engine = await loadEngine(options.to, options.connectionString);
  const result = await engine
    .diff({
      from: target(options.from),
      to: target(options.to),
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    })
    .catch((error: unknown) => {
      throw new Error(`Prisma's schema engine failed: ${lastPanic || String(error)}`);
    });
  const sql = result.stdout ?? "";
  return /^-- This is an empty migration\.\s*$/.test(sql) ? "" : sql;
}
