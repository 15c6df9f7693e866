// Users of each role for tests, created in the test's own database.
import type { Actor, Role } from "../auth/require-role";
import type { Db } from "../db/client.server";

export async function createActor(db: Db, role: Role, name = role.toLowerCase()): Promise<Actor> {
  const user = await db.user.create({
    data: { email: `${name}-${Math.random().toString(36).slice(2, 8)}@test.invalid`, name: `Test ${name}`, role },
  });
  return { id: user.id, role: user.role };
}
