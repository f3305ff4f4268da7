import type { Database } from '../graph';
import { withTimeout } from '../runtime';

/** What the service knows about itself that health checks report. */
export interface ServiceState {
  migrationsApplied: boolean;
}

export interface HealthReport {
  status: 'OK' | 'DEGRADED';
  neo4j: {
    answers: boolean;
    version: string | null;
    edition: string | null;
    migrationsApplied: boolean;
    error: string | null;
  };
}

// A probe must answer quickly even while the driver would go on retrying an unreachable server.
const PROBE_TIMEOUT_MS = 3000;

/** Asks Neo4j now; serves both GET /readyz and the `health` query. */
export async function checkHealth(db: Database, state: ServiceState): Promise<HealthReport> {
  const neo4j = {
    answers: false,
    version: null,
    edition: null,
    migrationsApplied: state.migrationsApplied,
    error: null,
  };
  try {
    const info = await withTimeout(
      db.read('findServerInfo', {}),
      PROBE_TIMEOUT_MS,
      `Neo4j did not answer within ${PROBE_TIMEOUT_MS} ms`,
    );
    Object.assign(neo4j, { answers: true, version: info?.version ?? null, edition: info?.edition ?? null });
  } catch (error) {
    Object.assign(neo4j, { error: (error as Error).message });
  }
  return { status: neo4j.answers && neo4j.migrationsApplied ? 'OK' : 'DEGRADED', neo4j };
}
