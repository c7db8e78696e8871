/**
 * The matcher's default list of names never to match: the project's curated list (one list,
 * shared with the parser). Callers can pass their own through CompileInput.genericNames.
 */
export { GENERIC_NAMES } from '../knowledge/generic-names';
