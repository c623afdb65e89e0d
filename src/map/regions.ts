// Named map regions as lon/lat boxes [minLon, minLat, maxLon, maxLat] (tracktable's presets plus
// a few more). A box may pass 180 in longitude (e.g. the Pacific); the map is centred on it.
export type Bbox = [number, number, number, number];

export const REGIONS: Readonly<Record<string, Bbox>> = {
  world: [-180, -90, 180, 90],
  conus: [-125, 24, -66, 50],
  north_america: [-170, 5, -50, 75],
  south_america: [-95, -58, -30, 15],
  central_america: [-120, 5, -58, 33],
  europe: [-25, 34, 45, 72],
  asia: [25, -12, 180, 80],
  middle_east: [25, 10, 65, 42],
  africa: [-20, -37, 55, 38],
  australia: [110, -45, 157, -9],
  pacific: [120, -60, 290, 62],
  atlantic: [-85, -60, 20, 70],
  indian_ocean: [20, -50, 120, 30],
  arctic: [-180, 60, 180, 90],
  gulf_of_mexico: [-98, 17, -80, 31],
  caribbean: [-90, 8, -58, 28],
  north_sea: [-5, 50, 12, 62],
  mediterranean: [-7, 29, 37, 47],
  new_york_harbor: [-74.3, 40.4, -73.7, 40.9],
  san_francisco_bay: [-122.6, 37.4, -121.9, 38.2],
};

export const REGION_NAMES: readonly string[] = Object.keys(REGIONS);
