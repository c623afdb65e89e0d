import { TrackreelError, type TrackreelErrorContext } from './trackreel-error.js';

// Every located message has one shape: "file:line: field: what is wrong".
export function locate(context: TrackreelErrorContext): string {
  const where = [context.file, context.line].filter((p) => p !== undefined).join(':');
  return [where, context.field].filter(Boolean).join(': ');
}

// sharp's shape: "Expected <what> for <option> but received <value> of type <type>".
export function invalidOption(option: string, expected: string, received: unknown): TrackreelError {
  const shown = typeof received === 'string' ? JSON.stringify(received) : String(received);
  return new TrackreelError('INVALID_OPTION',
    `Expected ${expected} for ${option} but received ${shown} of type ${typeof received}`, { context: { option } });
}

export function inputError(
  code: 'INPUT_PARSE' | 'INPUT_COLUMN' | 'INPUT_EMPTY' | 'INPUT_NO_POINTS' | 'INPUT_NOT_FOUND',
  message: string,
  context: TrackreelErrorContext,
): TrackreelError {
  const where = locate(context);
  return new TrackreelError(code, where ? `${where}: ${message}` : message, { context });
}
