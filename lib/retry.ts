/**
 * Sends a request again while it fails: after each of `delays`, as long as `succeeded` says no
 * (a rejection counts as a failure). Pure: the caller passes the request and the way to wait.
 * Says whether the request succeeded in the end.
 */
export async function retryRequest<T>(
  request: () => Promise<T>,
  succeeded: (result: T) => boolean,
  delays: readonly number[],
  wait: (ms: number) => Promise<void>,
): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    const ok = await request().then(succeeded, () => false);
    if (ok) return true;
    const delay = delays[attempt];
    if (delay === undefined) return false;
    await wait(delay);
  }
}
