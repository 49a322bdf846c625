#!/usr/bin/env node
// `npx eslint-plugin-openai explain "<API error>"` and `npx eslint-plugin-openai kb`.
// Plain JavaScript on purpose: it runs the compiled CLI (dist/src/cli/main.js, built by `npm run build`
// and shipped in the package) and only adds what belongs to a process: argv, the standard streams, the
// exit code, and a quiet exit when the reader of stdout goes away (`... | head`).
import process from 'node:process';

process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

import('../dist/src/cli/main.js')
  .then(
    ({ main }) => main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }),
    (error) => {
      process.stderr.write(
        error?.code === 'ERR_MODULE_NOT_FOUND'
          ? 'eslint-plugin-openai: the compiled CLI is missing (dist/src/cli/main.js). In a clone of the repository, run `npm run build` first.\n'
          : `eslint-plugin-openai: could not start: ${error?.message ?? error}\n`,
      );
      return 3;
    },
  )
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`eslint-plugin-openai: internal error: ${error?.message ?? error}\n`);
      process.exitCode = 3;
    },
  );
