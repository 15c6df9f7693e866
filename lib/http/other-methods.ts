// Next.js answers a method a route does not export with an empty 405. Routes export these
// instead, so that the answer has the error shape and says which methods the route takes.
import { AppError, AppErrorCode } from "../errors/app-error";
import { errorResponse } from "./respond";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/** Handlers for every method but `allowed`: `export const { POST, PUT } = otherMethods(["GET"])`. */
export function otherMethods(allowed: readonly Method[]): Record<Method, () => Promise<Response>> {
  const refuse = async () => {
    const response = errorResponse(
      new AppError(AppErrorCode.METHOD_NOT_ALLOWED, `This address takes ${allowed.join(", ")} only.`, { method: `must be one of ${allowed.join(", ")}` }),
    );
    response.headers.set("Allow", [...allowed, "HEAD", "OPTIONS"].join(", "));
    return response;
  };
  return Object.fromEntries(METHODS.map((m) => [m, refuse])) as Record<Method, () => Promise<Response>>;
}
