/**
 * Drops results of superseded requests: each call to `run` gets a ticket, and only the
 * newest ticket's result is delivered. A slider dragged fast never paints an old frame.
 */
export function createLatest() {
  let ticket = 0;
  return async function run<T>(
    work: () => Promise<T>,
  ): Promise<{ stale: true } | { stale: false; value: T }> {
    const mine = ++ticket;
    try {
      const value = await work();
      return mine === ticket ? { stale: false, value } : { stale: true };
    } catch (e) {
      // A superseded request's failure is as irrelevant as its result.
      if (mine !== ticket) return { stale: true };
      throw e;
    }
  };
}
