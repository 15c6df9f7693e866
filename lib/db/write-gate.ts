// Limits how many write transactions one process runs at once, so that writers queued behind a
// busy question's row lock wait here, holding no connection, and never take the whole pool:
// reads always keep a share of it (ADR 0009).
import { AppError, AppErrorCode } from "../errors/app-error";

export type WriteGate = { enter(): Promise<() => void> };

export function createWriteGate(options: { slots: number; maxWaitMs: number }): WriteGate {
  let free = options.slots;
  const queue: Array<() => void> = [];
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else free++;
  };
  return {
    enter() {
      if (free > 0) {
        free--;
        return Promise.resolve(release);
      }
      return new Promise((resolve, reject) => {
        const admit = () => {
          clearTimeout(timer);
          resolve(release);
        };
        const timer = setTimeout(() => {
          queue.splice(queue.indexOf(admit), 1);
          reject(new AppError(AppErrorCode.TOO_MANY_REQUESTS, "Too many changes are waiting to be saved; nothing was changed. Try again in a moment."));
        }, options.maxWaitMs);
        queue.push(admit);
      });
    },
  };
}
