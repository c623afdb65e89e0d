// The largest and smallest frame trackreel draws: the --size option's bounds, and what a scene
// file from the store is checked against before a worker allocates anything for it.
export const MIN_FRAME_SIZE: readonly [number, number] = [16, 16];
export const MAX_FRAME_SIZE: readonly [number, number] = [7680, 4320];
// Frame numbers are Int32 in the frame index.
export const MAX_FRAME_COUNT = 2 ** 31 - 1;
