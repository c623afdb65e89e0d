// AIS "type of ship and cargo" codes (ITU-R M.1371, as MarineCadastre and the DMA export them), so a
// legend of `category:VesselType` reads "70 cargo" rather than a bare "70".

// Property names that hold the code, compared without case, spaces or punctuation.
const VESSEL_TYPE_NAMES = new Set(['vesseltype', 'shiptype', 'typeofship', 'shipandcargotype', 'shipcargotype']);

const EXACT: Record<number, string> = {
  0: 'not available', 30: 'fishing', 31: 'towing', 32: 'towing, large', 33: 'dredging', 34: 'diving', 35: 'military',
  36: 'sailing', 37: 'pleasure craft', 50: 'pilot', 51: 'search and rescue', 52: 'tug', 53: 'port tender',
  54: 'anti-pollution', 55: 'law enforcement', 58: 'medical transport', 59: 'noncombatant',
};
// Codes named by their tens digit (the second digit says hazard category or is reserved).
const BY_TENS: Record<number, string> = { 2: 'wing in ground', 4: 'high-speed craft', 6: 'passenger', 7: 'cargo', 8: 'tanker', 9: 'other' };

export function isAisVesselTypeProperty(name: string): boolean {
  return VESSEL_TYPE_NAMES.has(name.toLowerCase().replace(/[^a-z]/g, ''));
}

// "70 cargo"; the bare code when it has no name (reserved ranges, codes past 99).
export function aisVesselTypeLabel(code: number): string {
  const name = Number.isInteger(code) && code >= 0 && code < 100 ? EXACT[code] ?? BY_TENS[Math.floor(code / 10)] : undefined;
  return name ? `${code} ${name}` : String(code);
}
