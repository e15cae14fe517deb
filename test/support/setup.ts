// Library code must log through pino, never the console: a stray console call fails the test.
for (const method of ['log', 'info', 'warn', 'error'] as const) {
  // eslint-disable-next-line no-console
  console[method] = (...args: unknown[]) => {
    throw new Error(`console.${method} called in a test: ${String(args[0]).slice(0, 200)}`);
  };
}
