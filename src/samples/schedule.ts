/**
 * Cast and shooting schedule of "The Long Way Home": a father and daughter drive his old pickup from
 * Glendale to his hometown in the Owens Valley. 25 days; statuses as of the Report Date (day 15):
 * earlier days shot, two scenes partly shot, two moved (the old row stays as a record), two omitted,
 * later days scheduled. Split scenes are parts (18pt1, 18pt2), never the same scene on two live rows.
 */
import { REPORT_DATE, SHOOT_DATES } from "./dates";
import type { SampleRow } from "./types";

const CAST: readonly [id: string, character: string, performer: string, notes?: string][] = [
  ["1", "HAL DECKER", "Raymond Castellano"],
  ["2", "JUNE DECKER", "Nora Whitfield"],
  ["3", "ELI DECKER (10)", "Theo Marsh", "Minor: studio teacher and work permit"],
  ["4", "ROSA MEDINA", "Lucia Ferrante"],
  ["5", "SHERIFF TOM WALKER", "Dale Prescott"],
  ["6", "MARCY", "Gina Holloway"],
  ["7", "LYLE", "Caleb Dunmore"],
  ["8", "DR. ANITA SHAH", "Priya Raman"],
  ["9", "VIC", "Manny Ortega"],
  ["10", "PASTOR GREEN", "Leonard Ames"],
  ["11", "YOUNG HAL (1978)", "Jesse Calloway"],
  ["12", "TROOPER DANIELS", "Kim Sorensen"],
];

export function castRows(): SampleRow[] {
  return CAST.map(([id, character, performer, notes]) => ({
    "Cast ID": id,
    Character: character,
    Performer: performer,
    ...(notes && { Notes: notes }),
  }));
}

const HOUSE = "Alder St house, Glendale";
const HOSPITAL = "Valley Medical Center (closed wing), Van Nuys";
const DINER = "Rosa's Diner, Sunland Blvd, Sun Valley";
const GAS = "Gas & Go, Sierra Hwy, Acton";
const SIERRA = "Sierra Hwy, Acton (process trailer)";
const MOTEL = "Desert Sky Motel, Palmdale";
const MOVIE_RD = "Movie Rd, Alabama Hills, Lone Pine";
const LONE_PINE = "Main St, Lone Pine";
const CHURCH_LP = "Owens Valley Church, Lone Pine";
const STATION = "Former bank, Main St, Newhall";
const CHAPEL = "Grace Chapel, Pasadena";
const TUJUNGA = "Haines Canyon Ave house, Tujunga";
const CREST = "Angeles Crest Hwy, mile 38";
const LAKE = "Lake Hughes";
const REST_STOP = "Castaic rest area";

type Scene = [
  day: number,
  scene: string,
  set: string,
  location: string,
  ie: "INT" | "EXT" | "INT/EXT",
  dn: string,
  pages: string,
  cast: string,
];

const SCENES: readonly Scene[] = [
  [1, "3", "Decker House - Kitchen", HOUSE, "INT", "DAY", "1 4/8", "2, 3"],
  [1, "5", "Decker House - Living Room", HOUSE, "INT", "DAY", "1 2/8", "2, 3"],
  [1, "88", "Decker House - Living Room", HOUSE, "INT", "NIGHT", "1 6/8", "1, 2"],
  [2, "6", "Decker House - June's Bedroom", HOUSE, "INT", "NIGHT", "1 1/8", "2"],
  [2, "7", "Decker House - Driveway", HOUSE, "EXT", "DAY", "6/8", "2, 3"],
  [2, "8", "Decker House - Garage", HOUSE, "INT", "DAY", "1 3/8", "2, 3"],
  [2, "89", "Decker House - Porch", HOUSE, "EXT", "DUSK", "5/8", "1, 2, 3"],
  [3, "1", "Valley Medical - Hal's Room", HOSPITAL, "INT", "DAY", "2 2/8", "1, 8"],
  [3, "2", "Valley Medical - Corridor", HOSPITAL, "INT", "DAY", "4/8", "2, 8"],
  [3, "9", "Valley Medical - Hal's Room", HOSPITAL, "INT", "NIGHT", "1 5/8", "1, 2"],
  [3, "10", "Valley Medical - Nurses' Station", HOSPITAL, "INT", "NIGHT", "3/8", "2"],
  [4, "11", "Valley Medical - Hal's Room", HOSPITAL, "INT", "MORNING", "2", "1, 2, 8"],
  [4, "12", "Valley Medical - Discharge Lobby", HOSPITAL, "INT", "DAY", "1 1/8", "1, 2, 3"],
  [4, "13", "Valley Medical - Parking Lot", HOSPITAL, "EXT", "DAY", "7/8", "1, 2, 3"],
  [4, "14", "Valley Medical - Parking Lot", HOSPITAL, "EXT", "DAY", "3/8", "1, 3"],
  [4, "80", "Valley Medical - Hal's Room", HOSPITAL, "INT", "DAY", "1 4/8", "1, 2, 8"],
  [5, "30", "Rosa's Diner - Counter", DINER, "INT", "DAY", "2 1/8", "1, 2, 3, 4"],
  [5, "31", "Rosa's Diner - Booth", DINER, "INT", "DAY", "1 6/8", "1, 2"],
  [5, "32", "Rosa's Diner - Kitchen", DINER, "INT", "DAY", "7/8", "3, 4"],
  [5, "33", "Rosa's Diner - Back Hall", DINER, "INT", "DAY", "2/8", "2"],
  [6, "34", "Rosa's Diner - Booth", DINER, "INT", "DAY", "1 3/8", "1, 2, 4"],
  [6, "35", "Rosa's Diner - Counter", DINER, "INT", "DAY", "1", "1, 4"],
  [6, "36", "Rosa's Diner - Parking Lot", DINER, "EXT", "DAY", "6/8", "2, 3"],
  [6, "37", "Rosa's Diner - Parking Lot (rain)", DINER, "EXT", "DAY", "1 2/8", "1, 2, 3, 4"],
  [7, "20", "Gas & Go - Pumps", GAS, "EXT", "DAY", "1 1/8", "1, 2, 3"],
  [7, "21", "Gas & Go - Store", GAS, "INT", "DAY", "1 4/8", "1, 7"],
  [7, "22", "Gas & Go - Pumps", GAS, "EXT", "DUSK", "6/8", "1, 2, 7"],
  [7, "23", "Gas & Go - Lot", GAS, "EXT", "NIGHT", "1 2/8", "1, 2, 3, 7"],
  [8, "15", "Pickup - Moving", SIERRA, "INT/EXT", "DAY", "1 2/8", "1, 2, 3"],
  [8, "16", "Pickup - Moving", SIERRA, "INT/EXT", "DAY", "6/8", "1, 2"],
  [8, "17", "Sierra Hwy - Shoulder", SIERRA, "EXT", "DAY", "1 1/8", "1, 2, 3"],
  [8, "18pt1", "Gas & Go - Restroom Exterior", GAS, "EXT", "DAY", "5/8", "3, 7"],
  [9, "39", "Desert Sky Motel - Room 12", MOTEL, "INT", "MORNING", "1 1/8", "1, 3"],
  [9, "40", "Desert Sky Motel - Office", MOTEL, "INT", "NIGHT", "1 2/8", "1, 2, 6"],
  [9, "41", "Desert Sky Motel - Room 12", MOTEL, "INT", "NIGHT", "2 3/8", "1, 2, 3"],
  [9, "42", "Desert Sky Motel - Room 12", MOTEL, "INT", "NIGHT", "0", "2, 3"],
  [9, "43", "Desert Sky Motel - Bathroom", MOTEL, "INT", "NIGHT", "4/8", "2"],
  [10, "44", "Desert Sky Motel - Pool", MOTEL, "EXT", "NIGHT", "1 5/8", "1, 7"],
  [10, "45", "Desert Sky Motel - Parking Lot", MOTEL, "EXT", "NIGHT", "1", "1, 2, 7"],
  [10, "46", "Desert Sky Motel - Walkway", MOTEL, "EXT", "NIGHT", "6/8", "2, 3"],
  [10, "47", "Sierra Hwy - Motel Sign", MOTEL, "EXT", "NIGHT", "2 4/8", "1, 2, 5, 7"],
  [11, "50", "Movie Road - Desert", MOVIE_RD, "EXT", "DAWN", "1 2/8", "1, 2"],
  [11, "51", "Movie Road - Breakdown", MOVIE_RD, "EXT", "DAY", "2 1/8", "1, 2, 3"],
  [11, "52", "Movie Road - Breakdown", MOVIE_RD, "EXT", "DAY", "1 3/8", "1, 2, 3, 9"],
  [11, "53", "Alabama Hills - Arch", MOVIE_RD, "EXT", "DAY", "7/8", "2, 3"],
  [12, "54", "Vic's Garage", LONE_PINE, "INT", "DAY", "1 6/8", "1, 9"],
  [12, "55", "Vic's Garage", LONE_PINE, "EXT", "DAY", "1", "1, 2, 3, 9"],
  [12, "56", "Lone Pine - Main Street", LONE_PINE, "EXT", "DAY", "1 1/8", "2, 3"],
  [12, "57", "Lone Pine - Hardware Store", LONE_PINE, "INT", "DAY", "5/8", "1"],
  [12, "57A", "Lone Pine - Hardware Store", LONE_PINE, "INT", "DAY", "2/8", "1, 3"],
  [13, "56", "Lone Pine - Main Street", LONE_PINE, "EXT", "DAY", "1 1/8", "2, 3"],
  [13, "60", "Owens Valley Church - Cemetery", CHURCH_LP, "EXT", "DAY", "1 4/8", "1, 2"],
  [13, "61", "Owens Valley Church - Cemetery", CHURCH_LP, "EXT", "DAY", "6/8", "1, 2, 3"],
  [13, "62", "Owens Valley Church - Interior", CHURCH_LP, "INT", "DAY", "1 1/8", "1, 10"],
  [14, "24", "Sheriff Station - Parking Lot", STATION, "EXT", "DAY", "4/8", "2, 5, 12"],
  [14, "63", "Sheriff Station - Front Desk", STATION, "INT", "DAY", "1 2/8", "2, 5"],
  [14, "64", "Sheriff Station - Holding Cell", STATION, "INT", "DAY", "1 7/8", "1, 5, 7"],
  [14, "65", "Sheriff Station - Walker's Office", STATION, "INT", "DAY", "1 3/8", "1, 2, 5"],
  [15, "66", "Grace Chapel - Sanctuary", CHAPEL, "INT", "DAY", "1 5/8", "1, 10"],
  [15, "67", "Grace Chapel - Office", CHAPEL, "INT", "DAY", "1", "2, 10"],
  [15, "68", "Grace Chapel - Sanctuary", CHAPEL, "INT", "DAY", "2 2/8", "1, 2, 3, 10"],
  [15, "69", "Grace Chapel - Steps", CHAPEL, "EXT", "DAY", "5/8", "1, 2, 3"],
  [16, "70", "Hal's Childhood House - Yard", TUJUNGA, "EXT", "DAY", "1 4/8", "1, 2, 3"],
  [16, "71", "Hal's Childhood House - Kitchen", TUJUNGA, "INT", "DAY", "2", "1, 2"],
  [16, "72", "Hal's Childhood House - Bedroom", TUJUNGA, "INT", "DAY", "1 1/8", "1, 3"],
  [16, "73", "Hal's Childhood House - Porch", TUJUNGA, "EXT", "DUSK", "6/8", "1, 2, 3"],
  [17, "74", "Hal's Childhood House - Kitchen", TUJUNGA, "INT", "NIGHT", "1 6/8", "1, 2"],
  [17, "75", "Hal's Childhood House - Attic", TUJUNGA, "INT", "NIGHT", "1 2/8", "2, 3"],
  [17, "76", "Hal's Childhood House - Yard", TUJUNGA, "EXT", "NIGHT", "1 3/8", "1, 2, 3"],
  [18, "18pt2", "Pickup - Moving", SIERRA, "INT/EXT", "DAY", "5/8", "3, 7"],
  [18, "25", "Pickup - Moving", SIERRA, "INT/EXT", "DAY", "1 4/8", "1, 2, 3"],
  [18, "26", "Pickup - Moving", SIERRA, "INT/EXT", "DAY", "1 1/8", "1, 2"],
  [18, "27", "Pickup - Moving", SIERRA, "INT/EXT", "DUSK", "1", "1, 2, 3"],
  [19, "38", "Angeles Crest - Overlook", CREST, "EXT", "DAY", "1 2/8", "1, 2, 3"],
  [19, "48", "Angeles Crest - Roadblock", CREST, "EXT", "DAY", "1 4/8", "2, 5, 12"],
  [19, "49", "Angeles Crest - Roadblock", CREST, "EXT", "DAY", "6/8", "1, 2, 12"],
  [20, "78", "Lake Hughes - Dock", LAKE, "EXT", "DAY", "1 7/8", "1, 3"],
  [20, "79", "Lake Hughes - Shore", LAKE, "EXT", "DAY", "1 2/8", "1, 2, 3"],
  [20, "81", "Lake Hughes - Dock", LAKE, "EXT", "DUSK", "1", "1, 2, 3"],
  [21, "84", "Hal's Childhood House - Kitchen (1978)", TUJUNGA, "INT", "DAY", "1 3/8", "11"],
  [21, "85", "Hal's Childhood House - Yard (1978)", TUJUNGA, "EXT", "DAY", "1 2/8", "11"],
  [21, "86", "Hal's Childhood House - Garage (1978)", TUJUNGA, "INT", "DAY", "1 1/8", "1, 11"],
  [22, "82", "Rest Stop - Picnic Area", REST_STOP, "EXT", "DAY", "1 5/8", "1, 2, 3"],
  [22, "83", "Rest Stop - Restrooms", REST_STOP, "EXT", "DAY", "4/8", "3"],
  [23, "37", "Rosa's Diner - Parking Lot (rain)", DINER, "EXT", "DAY", "1 2/8", "1, 2, 3, 4"],
  [23, "92", "Rosa's Diner - Counter", DINER, "INT", "DAY", "1 6/8", "2, 4"],
  [23, "93", "Rosa's Diner - Booth", DINER, "INT", "NIGHT", "1 1/8", "2, 3, 4"],
  [24, "94", "Decker House - Kitchen", HOUSE, "INT", "DAY", "1 4/8", "2, 3"],
  [24, "95", "Decker House - Backyard", HOUSE, "EXT", "DAY", "1 2/8", "1, 2, 3"],
  [24, "96", "Decker House - Living Room", HOUSE, "INT", "NIGHT", "2", "1, 2, 3"],
  [25, "97", "Decker House - Porch", HOUSE, "EXT", "DAWN", "6/8", "2"],
  [25, "98", "Decker House - Backyard", HOUSE, "EXT", "DAY", "1 1/8", "2, 3"],
  [25, "99", "Decker House - Garage", HOUSE, "INT", "DAY", "1 3/8", "2, 3"],
];

type Override = { status: "Moved" | "Omitted" | "Partial"; pagesShot?: string; notes: string };

/** What happened to the plan, by day and scene. */
const OVERRIDES: Readonly<Record<string, Override>> = {
  "6/37": { status: "Moved", notes: "Rain towers not delivered; moved to day 23" },
  "9/42": { status: "Omitted", notes: "Omitted in blue revision (2026-02-27)" },
  "10/47": { status: "Partial", pagesShot: "1 6/8", notes: "Lost the dark at 04:00; last 6/8 to pick up day 19" },
  "12/56": { status: "Moved", notes: "Wind; moved to day 13" },
  "15/68": { status: "Partial", pagesShot: "1 4/8", notes: "Out of time; finish 6/8 on day 25" },
  "21/85": { status: "Omitted", notes: "Cut for length (pink revision 2026-03-11)" },
};

export function scheduleRows(): SampleRow[] {
  return SCENES.map(([day, scene, set, location, ie, dn, pages, cast]) => {
    const date = SHOOT_DATES[day - 1];
    const o = OVERRIDES[`${day}/${scene}`];
    const shot = date <= REPORT_DATE && (o === undefined || o.status === "Partial");
    const status = o?.status ?? (shot ? "Shot" : "Scheduled");
    return {
      Day: day,
      Date: date,
      Scene: scene,
      Set: set,
      Location: location,
      "I/E": ie,
      "D/N": dn,
      Pages: pages,
      Cast: cast,
      Status: status,
      ...(shot && { "Shot Date": date }),
      ...(o?.pagesShot && { "Pages Shot": o.pagesShot }),
      ...(o && { Notes: o.notes }),
    };
  });
}
