// GET /api/health: 200 when the app can reach its database, 503 when it cannot.
import { db } from "@/lib/db/client.server";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, error: { code: "DATABASE_UNAVAILABLE", message: "The database cannot be reached." } }, { status: 503 });
  }
}
