// The weight budget of the release build: every kilobyte of wasm is paid by readers on
// slow phones. The limits may rise only by what a feature measurably costs, stated in
// its closing note. BUDGET_WASM / BUDGET_GLUE (bytes) override them, to show the test bite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

import { DIST } from '../support/server.mjs';

// The wasm's limit, as a ledger: issue 12's 120,000, then each feature's measured cost.
const WASM_LEDGER = [
  ['issue 12: the weight budget', 120_000],
  ['issue 14: events for host pages (measured +1,705)', 2_000],
  ['issue 13: self-check by area, quiz intros, printable summary (measured +5,453)', 5_500],
];
const WASM_LIMIT = Number(process.env.BUDGET_WASM ?? WASM_LEDGER.reduce((sum, [, bytes]) => sum + bytes, 0));
const GLUE_LIMIT = Number(process.env.BUDGET_GLUE ?? 9_000);

/** The gzip -9 size of the one dist file whose name matches `pattern`. */
function gzipped(pattern) {
  const names = readdirSync(DIST).filter((name) => pattern.test(name));
  assert.equal(names.length, 1, `one file matching ${pattern}, found ${names}`);
  const body = readFileSync(join(DIST, names[0]));
  // The gzip command itself, as the figures in the issues and the README are measured.
  const packed = execFileSync('gzip', ['-9', '-c', join(DIST, names[0])], { maxBuffer: 1 << 26 });
  return { name: names[0], raw: body.length, gzip: packed.length };
}

test(`the wasm is at most ${WASM_LIMIT} bytes and its JS glue at most ${GLUE_LIMIT} bytes, gzip -9`, () => {
  const wasm = gzipped(/^gut-skin-axis-[0-9a-f]+_bg\.wasm$/);
  const glue = gzipped(/^gut-skin-axis-[0-9a-f]+\.js$/);
  for (const [what, file, limit] of [['wasm', wasm, WASM_LIMIT], ['glue', glue, GLUE_LIMIT]]) {
    console.log(`# budget: ${what} ${file.name}: ${file.raw} bytes raw, ${file.gzip} bytes gzip -9 (limit ${limit})`);
  }
  assert.ok(wasm.gzip <= WASM_LIMIT, `wasm is ${wasm.gzip} bytes gzip, over its ${WASM_LIMIT}`);
  assert.ok(glue.gzip <= GLUE_LIMIT, `glue is ${glue.gzip} bytes gzip, over its ${GLUE_LIMIT}`);
});
