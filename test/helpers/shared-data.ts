// The public samples in ../shared/data (never copied into the repository). Tests that need
// them skip, with a visible message, when a clone elsewhere does not have the folder.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
export const HAVE_SHARED_DATA = existsSync(SHARED_DATA);
if (!HAVE_SHARED_DATA) console.warn(`skipping tests on real data: ${SHARED_DATA} not found`);

export const sample = (name: string): string => `${SHARED_DATA}${name}`;
