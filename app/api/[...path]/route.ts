// Any address under /api/ that no route serves: a 404 in the API's error shape, whatever the
// method, instead of the HTML page meant for browsers.
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { errorResponse } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

async function notFound(request: Request) {
  const { pathname } = new URL(request.url);
  return errorResponse(
    new AppError(AppErrorCode.NOT_FOUND, `There is no API route at ${pathname}. The routes are listed in the README.`, { path: "is not an API route" }),
  );
}

export { notFound as DELETE, notFound as GET, notFound as PATCH, notFound as POST, notFound as PUT };
