import { main } from './run.js';

/** The `afterview` entry point (bin/afterview runs its bundle): exit codes as run.ts says. */
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`error: unexpected failure: ${String(e)}\n`);
    process.exitCode = 1;
  },
);
