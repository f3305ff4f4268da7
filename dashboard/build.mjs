// @ts-check
// Builds the dashboard into dist/dashboard unless the build there was made from the same inputs (the
// dashboard's files and package-lock.json, hashed). `npm run build:dashboard` and the browser tests run it;
// `--force` builds in any case.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const here = import.meta.dirname;
const root = path.dirname(here);
const outDir = path.join(root, 'dist', 'dashboard');
const stampFile = path.join(outDir, '.build-hash');

/** Every file under `dir`, sorted, so that the hash does not depend on the order the disk lists them in. */
function filesUnder(/** @type {string} */ dir) {
  /** @type {string[]} */
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(full));
    else if (entry.isFile()) files.push(full);
  }
  return files.sort();
}

function inputsHash() {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(here), path.join(root, 'package-lock.json')]) {
    hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const wanted = inputsHash();
const built = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8').trim() : '';
if (built === wanted && !process.argv.includes('--force')) {
  console.log(`The dashboard in ${path.relative(root, outDir)} is up to date.`);
} else {
  const started = Date.now();
  await build({ configFile: path.join(here, 'vite.config.mts'), logLevel: 'warn' });
  fs.writeFileSync(stampFile, `${wanted}\n`);
  console.log(
    `Built the dashboard into ${path.relative(root, outDir)} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}
