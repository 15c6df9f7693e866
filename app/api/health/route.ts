// GET /api/health: 200 when the app can reach its database, 503 when it cannot. The 503 has the
// same shape and code (UNAVAILABLE) as the one proxy.ts gives while the database is known to be
// down, so that a monitor reads one answer whichever of the two gave it.
import { db } from "@/lib/db/client.server";
import { AppError, AppErrorCode, errorResponse } from "@/lib/http/respond";
import { otherMethods } from "@/lib/http/other-methods";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return errorResponse(new AppError(AppErrorCode.UNAVAILABLE, "Hindsight cannot reach its database just now."));
  }
}

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
