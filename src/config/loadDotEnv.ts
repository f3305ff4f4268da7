import { config as dotenv } from 'dotenv';

/** Loads .env from the working directory; variables already set in the environment win. */
export function loadDotEnv(): void {
  dotenv({ quiet: true });
}
