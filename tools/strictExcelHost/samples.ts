/** Seeds shared by the adapter tests and the contract suite. */
import type { SeedValue, TableSeed, WorkbookSeed } from "./seed";

/** A small production: tables named as the contract names them, and SOP as a plain range at B3. */
export function sampleSeed(): WorkbookSeed {
  return {
    sheets: [
      {
        name: "Setup",
        tables: [
          {
            name: "Setup",
            columns: ["Setting", "Value"],
            rows: [
              ["Production", "Night Shift"],
              ["Currency", "USD"],
              ["Report Date", 46086],
            ],
          },
        ],
      },
      {
        name: "Budget",
        tables: [
          {
            name: "Budget",
            at: "A2",
            columns: ["Account", "Section", "Description", "Rate", "Subtotal", "Fringes"],
            rows: [
              ["2300", "Production", "Camera package", 1250.5, { formula: "=D3*2", value: 2501 }, "FICA"],
              ["2310", "Production", "Grip truck", 800, { error: "#REF!" }, null],
              ["4100", "Post", '=HYPERLINK("x")', -125, 0, true],
            ],
          },
        ],
        cells: { rows: [["Budget detail"]] },
      },
      {
        name: "Crew List",
        tables: [
          {
            name: "Crew",
            columns: ["Crew ID", "Name", "Start Date"],
            rows: [
              ["C001", "Ana Díaz", 46050],
              ["C002", "Bo Lee", 46051],
            ],
          },
        ],
      },
      {
        name: "Timecards",
        tables: [
          {
            name: "Timecards",
            columns: ["Crew ID", "Date", "In", "Out"],
            rows: [
              ["C001", 46055, 0.2916666666666667, 0.8125],
              ["C002", 46055, 0.25, { error: "#N/A" }],
            ],
            showTotals: true,
          },
        ],
      },
      {
        name: "SOP",
        cells: {
          at: "B1",
          rows: [
            ["Standard operating procedure"],
            [null],
            ["Step", "Phase", "Status"],
            ["Insurance", "Prep", "Done"],
            ["Payroll", "Prep", "In Progress"],
          ],
        },
      },
    ],
  };
}

/** One big Timecards table: `rows` rows of `extraColumns` + 6 columns, deterministic. */
export function bigTimecardsSeed(
  rows: number,
  extraColumns = 0,
  note: (r: number) => SeedValue = () => null,
): WorkbookSeed {
  const columns = [
    "Crew ID",
    "Date",
    "In",
    "Out",
    "Rule Set",
    "Notes",
    ...Array.from({ length: extraColumns }, (_, i) => `Extra ${i + 1}`),
  ];
  const body = Array.from({ length: rows }, (_, r): SeedValue[] => [
    `C${String(r % 600).padStart(4, "0")}`,
    46000 + Math.floor(r / 600),
    (6 + (r % 5)) / 24,
    (18 + (r % 7) * 0.25) / 24,
    r % 3 === 0 ? "IATSE" : "Non-union",
    note(r),
    ...Array.from({ length: extraColumns }, (_, i) => (r * 7 + i) / 13),
  ]);
  const table: TableSeed = { name: "Timecards", columns, rows: body };
  return { sheets: [{ name: "Timecards", tables: [table] }] };
}
