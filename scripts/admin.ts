// npm run admin -- create-user --email <email> --role <reader|analyst|editor|admin> [--password <p>] [--name <n>]
// npm run admin -- create-token --email <email> [--name <token name>]   (the token is the last line)
// On DATABASE_URL's server, or the embedded database (started, or joined if the app runs).
import { parseArgs } from "node:util";
import { createApiToken } from "../lib/auth/api-tokens.server";
import { AppError, AppErrorCode } from "../lib/errors/app-error";
import { createUser } from "../lib/users/create-user.server";
import { commandLineActor } from "../lib/users/system-actor.server";
import { withDatabase } from "./lib/with-database";

const USAGE = `Usage:
  npm run admin -- create-user --email <email> --role <reader|analyst|editor|admin> [--password <password>] [--name <name>]
  npm run admin -- create-token --email <email> [--name <token name>]`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: "string" }, role: { type: "string" }, password: { type: "string" }, name: { type: "string" } },
});
const command = positionals[0];
if ((command !== "create-user" && command !== "create-token") || !values.email || (command === "create-user" && !values.role)) {
  console.error(USAGE);
  process.exit(2);
}

await withDatabase(async ({ db }) => {
  const actor = await commandLineActor(db);
  if (command === "create-user") {
    const { user, password } = await createUser({ db, actor, input: { email: values.email, role: values.role, password: values.password, name: values.name } });
    console.log(`Created ${user.role.toLowerCase()} ${user.email}.`);
    console.log(`Password: ${password}`);
  } else {
    const user = await db.user.findUnique({ where: { email: values.email!.toLowerCase() } });
    if (!user) throw new AppError(AppErrorCode.NOT_FOUND, `There is no user with the email ${values.email}. Create one first with create-user.`);
    const created = await createApiToken({ db, actor: { id: user.id, role: user.role }, input: { name: values.name ?? "command line" } });
    console.log(`Created API token "${created.name}" for ${user.email} (${user.role.toLowerCase()}). It is shown only now:`);
    console.log(created.token);
  }
});
