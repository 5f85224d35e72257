// The update's overall time limit. One AbortSignal reaches every request (`HttpOptions.signal`),
// and `passed` lets the run stop waiting even for work that does not listen to it.

export interface Deadline {
  readonly signal: AbortSignal;
  /** Resolves when the deadline passes; never when there is none or it was cancelled. */
  readonly passed: Promise<void>;
  /** The stale reason given to series whose request was abandoned. */
  readonly reason: string;
  cancel(): void;
}

/** `stop`, when given, ends the time allowed early, as if the deadline had passed. */
export function startDeadline(ms: number | undefined, stop?: AbortSignal): Deadline {
  const controller = new AbortController();
  const limit = ms === undefined ? '' : ms >= 60_000 ? ` of ${+(ms / 60_000).toFixed(1)} min` : ` of ${+(ms / 1000).toFixed(1)} s`;
  const reason = `abandoned: the update's time limit${limit} (UPDATE_DEADLINE_MS) ran out before this request finished; ` +
    'the data kept are from the last successful refresh';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let expire = () => {};
  const passed = new Promise<void>((resolve) => {
    expire = () => {
      clearTimeout(timer);
      stop?.removeEventListener('abort', expire);
      controller.abort(new Error(reason));
      resolve();
    };
  });
  if (ms !== undefined) timer = setTimeout(expire, ms);
  if (stop?.aborted) expire();
  else stop?.addEventListener('abort', expire, { once: true });
  const cancel = () => {
    clearTimeout(timer);
    stop?.removeEventListener('abort', expire);
  };
  return { signal: controller.signal, passed, reason, cancel };
}
