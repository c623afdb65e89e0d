// The shape of parsed JSON the document readers walk: an object is a plain record (not an array).
export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
