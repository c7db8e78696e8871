/** The one error a malformed or corrupt compiled dictionary produces. */
export function invalidCompiled(message: string): never {
  throw new Error(`Invalid compiled dictionary: ${message}`);
}
