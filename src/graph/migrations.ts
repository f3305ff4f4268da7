import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR } from './queryFiles';
import type { Database } from './database';

const MIGRATIONS_DIR = path.join(CYPHER_DIR, 'migrations');

export interface Migration {
  file: string;
  statements: string[];
}

/** The migrations in file-name order, each split into its statements (one per `;`-terminated block). */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\s*\/\/.*$/gm, '');
      const statements = text
        .split(/;\s*$/m)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      return { file: f, statements };
    });
}

/**
 * Applies every migration in order. Each statement says IF NOT EXISTS, so applying them again changes
 * nothing, and several service instances may start at once.
 */
export async function applyMigrations(db: Database, migrations = loadMigrations()): Promise<number> {
  let count = 0;
  for (const migration of migrations) {
    for (const statement of migration.statements) {
      try {
        await db.runSchemaStatement(statement);
      } catch (error) {
        throw new Error(`Migration ${migration.file} failed on:\n${statement}\n${(error as Error).message}`);
      }
      count += 1;
    }
  }
  return count;
}
