/**
 * Reads until a condition holds, for state a real process reaches in its own time (end-to-end tests only, where
 * there is no fake clock to drive); gives up after `timeoutMs` and returns the last reading for the assertion.
 */
export async function eventually<T>(
  read: () => Promise<T> | T,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
