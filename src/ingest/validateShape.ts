import fs from 'node:fs';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { projectPath } from '../runtime';
import type { Bundle } from '../model';

const schema = JSON.parse(fs.readFileSync(projectPath('schema', 'bundle.v1.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile<Bundle>(schema);

// At most this many schema errors per bundle: a badly broken bundle would otherwise list thousands.
const MAX_ERRORS = 20;

/** The bundle's violations of the JSON Schema, as { path, message } in plain words; empty when valid. */
export function validateShape(value: unknown): { path: string; message: string }[] {
  if (validate(value)) return [];
  return (validate.errors ?? [])
    .filter((e) => !['anyOf', 'if', 'not'].includes(e.keyword) || (validate.errors ?? []).length === 1)
    .slice(0, MAX_ERRORS)
    .map((e) => ({ path: pathOf(e), message: plainMessage(e) }));
}

function pathOf(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') return `${e.instancePath}/${String(e.params.additionalProperty)}`;
  if (e.keyword === 'required') return `${e.instancePath}/${String(e.params.missingProperty)}`;
  return e.instancePath;
}

function plainMessage(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown field '${String(p.additionalProperty)}' (bundle format v1 has no such field here)`;
    case 'required':
      return 'is required';
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).join(', ')}`;
    case 'maxLength':
      return `is too long: at most ${String(p.limit)} characters`;
    case 'maxItems':
      return `has too many items: at most ${String(p.limit)}`;
    case 'minItems':
      return `needs at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'false schema':
      return "must not be given together with 'value' (a quantity is either a value or a range)";
    case 'pattern':
      return e.instancePath.endsWith('At')
        ? 'must be an ISO 8601 date (YYYY-MM-DD) or date-time with a time zone'
        : 'must not start or end with white space, nor hold control characters';
    default:
      return e.message ?? 'is invalid';
  }
}
