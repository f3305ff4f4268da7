export { createLogger, silentLogger, LOG_LEVELS } from './log';
export type { Logger, LogLevel } from './log';
export { PROJECT_ROOT, projectPath } from './projectRoot';
export { withTimeout } from './withTimeout';
export { freePort } from './freePort';
