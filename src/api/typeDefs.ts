import fs from 'node:fs';
import path from 'node:path';
import gql from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import { projectPath } from '../runtime';

const SCHEMA_DIR = projectPath('schema');

/** The GraphQL SDL, one DocumentNode per schema/*.graphql file. */
export function loadTypeDefs(dir = SCHEMA_DIR): DocumentNode[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => gql(fs.readFileSync(path.join(dir, f), 'utf8')));
}
