// What the per-format readers share while reading one file into the common columns.
import type { Domain, FileReading } from './point-table.js';
import type { PointTableBuilder } from './point-table-builder.js';
import type { SkipLog } from './skip-log.js';
import type { TimestampParser } from './parse-timestamp.js';
import type { InputOptions } from './input-options.js';
import type { LineChunk } from './read-lines.js';
import type { PointTimeSources } from './point-times.js';

export interface ReadContext {
  builder: PointTableBuilder;
  skips: SkipLog;
  // The untracked parser (for sniffing columns); points' times go through pointTimes.tracked().
  parseTime: TimestampParser;
  // Whether the points' times came from plain numbers (relative times, see point-times.ts).
  pointTimes: PointTimeSources;
  options: InputOptions;
  // The domain decided so far (by the options or an earlier file's header); undefined: not yet.
  domain: Domain | undefined;
  // One-line notices for the report (ReadReport.notices), "file: what was done".
  notices: string[];
}

export interface FileReadResult {
  rowsRead: number;
  pointsKept: number;
  // True when the file had any non-blank line at all.
  hasContent: boolean;
  // What this file's header says about the domain, if anything.
  domainHint: Domain | undefined;
  // The format as detected while reading ("ais-csv" for a delimited file with an MMSI column), if the reader knows better.
  format?: string;
  // How the file was read, for `trackreel info`.
  reading?: FileReading;
}

export type ChunkSource = AsyncIterable<LineChunk>;
