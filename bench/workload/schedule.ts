/**
 * Cast and the shooting schedule: scenes spread evenly over the shoot days, script numbers shuffled as
 * a stripboard shuffles them, leads in most scenes. As of wrap (the last day still Scheduled): shot,
 * with a few scenes partly shot, moved to a later day (the old row stays as a record), split into parts
 * or omitted.
 */
import type { SampleRow } from "../../src/samples/types";
import type { Calendar } from "./calendar";
import type { Rand } from "./random";

const ROLES = [
  "DETECTIVE",
  "NURSE",
  "PILOT",
  "TEACHER",
  "MAYOR",
  "DRIVER",
  "WAITER",
  "GUARD",
  "DOCTOR",
  "REPORTER",
  "SINGER",
  "CLERK",
];
const NAMES = [
  "Ada",
  "Bruno",
  "Cleo",
  "Dario",
  "Edith",
  "Felix",
  "Gia",
  "Hal",
  "Iris",
  "Jonah",
  "Kira",
  "Leon",
  "Mina",
  "Nico",
  "Odette",
  "Pablo",
];
const SURNAMES = [
  "Archer",
  "Blake",
  "Cruz",
  "Dunn",
  "Ellis",
  "Frost",
  "Gray",
  "Hale",
  "Irwin",
  "Jules",
  "Kerr",
  "Lowe",
  "Marsh",
  "Nolan",
  "Ortiz",
  "Price",
];
const SETS = [
  "Apartment",
  "Police Station",
  "Hospital Corridor",
  "Diner",
  "Warehouse",
  "Rooftop",
  "Car",
  "Courthouse",
  "Beach",
  "Forest Road",
  "Office",
  "Motel Room",
];
const LOCATIONS = [
  "Stage 4, Burbank",
  "Stage 7, Burbank",
  "Downtown LA",
  "Long Beach",
  "Malibu",
  "Santa Clarita ranch",
  "Pasadena",
  "Van Nuys airport",
];
const DN = ["DAY", "DAY", "DAY", "NIGHT", "DAWN", "DUSK", "MORNING", "EVENING"];

export function castRows(count: number): SampleRow[] {
  return Array.from({ length: count }, (_, i) => ({
    "Cast ID": String(i + 1),
    Character:
      i < 6
        ? `${NAMES[i].toUpperCase()} ${SURNAMES[i].toUpperCase()}`
        : `${ROLES[i % ROLES.length]} #${Math.floor(i / ROLES.length) + 1}`,
    Performer: `${NAMES[(i * 5) % NAMES.length]} ${SURNAMES[(i * 3 + 1) % SURNAMES.length]}`,
  }));
}

const eighths = (n: number) => {
  const whole = Math.floor(n / 8);
  const part = n % 8;
  return part === 0 ? String(whole) : whole === 0 ? `${part}/8` : `${whole} ${part}/8`;
};

/** Leads most often, then anyone. */
function castList(castCount: number, r: Rand): string {
  const ids = new Set<number>();
  const size = r.int(1, 4);
  while (ids.size < Math.min(size, castCount))
    ids.add(r.chance(0.6) ? r.int(1, Math.min(6, castCount)) : r.int(1, castCount));
  return [...ids].sort((a, b) => a - b).join(", ");
}

export function scheduleRows(count: number, castCount: number, calendar: Calendar, r: Rand): SampleRow[] {
  const days = calendar.dates.length;
  // Script numbers in stripboard order: a shuffle of 1..count.
  const numbers = Array.from({ length: count }, (_, i) => String(i + 1));
  for (let i = count - 1; i > 0; i--) {
    const j = r.int(0, i);
    [numbers[i], numbers[j]] = [numbers[j], numbers[i]];
  }
  const rows: Record<string, string | number>[] = numbers.map((scene, i) => {
    const day = Math.floor((i * days) / count) + 1;
    const date = calendar.dates[day - 1];
    const setIndex = Math.floor(i / 4) % SETS.length;
    const row: Record<string, string | number> = {
      Day: day,
      Date: date,
      Scene: scene,
      Set: `${SETS[setIndex]} ${Math.floor(i / 48) + 1}`,
      Location: LOCATIONS[setIndex % LOCATIONS.length],
      "I/E": r.pick(["INT", "INT", "EXT", "INT/EXT"]),
      "D/N": r.pick(DN),
      Pages: eighths(r.int(2, 20)),
      Cast: castList(castCount, r),
      Status: date < calendar.reportDate ? "Shot" : "Scheduled",
    };
    if (row.Status === "Shot") row["Shot Date"] = date;
    return row;
  });
  const later = (i: number) => {
    const j = r.int(i + 1, count - 1);
    return rows[j].Day > rows[i].Day && rows[j].Status !== "Moved" ? j : undefined;
  };
  for (let i = 0; i < count - 1; i++) {
    if (rows[i].Status !== "Shot" || rows[i].Scene !== numbers[i]) continue;
    if (r.chance(0.01)) {
      const j = later(i);
      if (j === undefined) continue;
      // Moved: the old row stays as a record; the scene is shot on its new day.
      Object.assign(rows[i], { Status: "Moved", Notes: `Moved to day ${rows[j].Day}` });
      delete rows[i]["Shot Date"];
      rows[j].Scene = rows[i].Scene;
    } else if (r.chance(0.01)) {
      const j = later(i);
      if (j === undefined) continue;
      rows[j].Scene = `${rows[i].Scene}pt2`;
      rows[i].Scene = `${rows[i].Scene}pt1`;
    } else if (r.chance(0.005)) {
      Object.assign(rows[i], { Status: "Omitted", Pages: "0", Notes: "Omitted in revision" });
      delete rows[i]["Shot Date"];
    } else if (r.chance(0.02)) {
      const pages = 2 + (Number(rows[i].Scene) % 14);
      Object.assign(rows[i], {
        Status: "Partial",
        Pages: eighths(pages),
        "Pages Shot": eighths(pages - 1),
        Notes: "Out of time; pick up later",
      });
    }
  }
  return rows;
}
