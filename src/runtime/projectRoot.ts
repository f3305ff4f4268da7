import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder holding package.json, cypher/, schema/ and neo4j/. Found by walking up from this file, so that
 * the same code works from src/ (tests) and from dist/src/ (the built service).
 */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${start}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
export const projectPath = (...parts: string[]): string => path.join(PROJECT_ROOT, ...parts);
