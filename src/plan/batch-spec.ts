// A batch of frames: the half-open range [start, end). Half-open so adjacent batches never
// share a frame (tracktable's inclusive ranges repeat one frame per seam).
export interface BatchSpec {
  batchIndex: number;
  start: number;
  end: number;
}
