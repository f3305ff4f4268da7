import type { Database } from '../graph';

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
    const [info] = await db.read('findServerInfo', {});
    Object.assign(neo4j, { answers: true, version: info?.version ?? null, edition: info?.edition ?? null });
  } catch (error) {
    Object.assign(neo4j, { error: (error as Error).message });
  }
  return { status: neo4j.answers && neo4j.migrationsApplied ? 'OK' : 'DEGRADED', neo4j };
}
