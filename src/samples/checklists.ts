/**
 * The show's SOP checklist and delivery schedule as of the Report Date (shoot day 15).
 *
 * SOP: "Acme Features" v2 (see sopSteps.ts) with three local deviations (the UPM owns the budget lock,
 * locations are due two weeks before PPH, QC three weeks before delivery), one optional step left out
 * (asset sale) and one not applicable, plus three of the show's own steps. Prep is mostly done; two
 * steps are overdue and in progress, two overdue and not started; the daily and weekly production
 * steps run until wrap; wrap, post and delivery are ahead.
 *
 * Deliverables: the distributor's 45-item schedule, due around the Delivery Due date; a few legal and
 * marketing items already moving (one accepted early, one awaiting acceptance, two rejected), the
 * optional formats waived.
 */
import { DELIVERY_DUE } from "./dates";
import { standardSteps } from "./sopSteps";
import type { SampleRow } from "./types";

const PRODUCER = "Diane Keller";
const COUNSEL = "Alan Brewster";
const UPM = "Miriam Okafor";
const ACCOUNTANT = "Grace Whitmore";

/** The show's own fields on a standard step: local deviations, dependencies, progress. */
interface ShowStep {
  deps?: string;
  status?: "In Progress" | "Done" | "N/A";
  completed?: string;
  signOff?: string;
  evidence?: string;
  notes?: string;
  owner?: string;
  offset?: number;
  dueDate?: string;
}

const SHOW: Readonly<Record<string, ShowStep>> = {
  "DEV-01": { status: "Done", completed: "2025-12-10", signOff: COUNSEL, evidence: "Chain-of-title memo v3" },
  "DEV-02": {
    deps: "DEV-01",
    status: "Done",
    completed: "2025-12-18",
    signOff: COUNSEL,
    evidence: "Copyright registration PAu 4-208-117",
  },
  "DEV-03": {
    deps: "DEV-01",
    status: "Done",
    completed: "2026-01-06",
    signOff: PRODUCER,
    evidence: "Financier agreement, executed",
  },
  "DEV-04": { deps: "DEV-01", notes: "Waiting on the final title decision" },
  "DEV-05": {
    status: "Done",
    completed: "2025-12-15",
    signOff: PRODUCER,
    evidence: "Long Way Home Productions LLC; EIN letter",
  },
  "DEV-06": { deps: "DEV-05", status: "Done", completed: "2026-01-09", signOff: UPM },
  "PRE-01": { deps: "DEV-03, DEV-05", status: "Done", completed: "2026-01-12", signOff: PRODUCER },
  "PRE-02": { status: "Done", completed: "2025-12-22", signOff: PRODUCER, evidence: "White draft 2025-12-22" },
  "PRE-03": { deps: "PRE-02", status: "Done", completed: "2026-01-30", signOff: UPM, evidence: "One-line v1" },
  "PRE-04": {
    deps: "PRE-03, DEV-03",
    owner: "UPM",
    status: "Done",
    completed: "2026-02-03",
    signOff: PRODUCER,
    evidence: "Locked budget v7",
    notes: "The UPM is also the line producer on this show",
  },
  "PRE-05": { deps: "DEV-05", status: "Done", completed: "2026-01-23", signOff: UPM, evidence: "Binder PKG-2026-0142" },
  "PRE-06": { deps: "PRE-01", status: "Done", completed: "2026-01-16", signOff: ACCOUNTANT },
  "PRE-07": { deps: "PRE-04", status: "Done", completed: "2026-02-06", signOff: PRODUCER },
  "PRE-08": { deps: "PRE-01", status: "Done", completed: "2026-02-02", signOff: UPM, evidence: "Crew list v4" },
  "PRE-09": {
    deps: "DEV-06",
    status: "Done",
    completed: "2026-01-29",
    signOff: UPM,
    evidence: "IATSE and Teamsters low-budget letters",
  },
  "PRE-10": {
    deps: "PRE-05",
    offset: -14,
    status: "In Progress",
    notes: "Tujunga house and Lake Hughes not signed yet",
  },
  "PRE-11": { deps: "PRE-03, PRE-08", status: "Done", completed: "2026-02-18", signOff: UPM },
  "PRE-12": { deps: "PRE-04", status: "Done", completed: "2026-02-11", signOff: UPM },
  "PRE-13": { deps: "PRE-08, PRE-09", status: "In Progress", notes: "Start packets outstanding: C07, C14, C38" },
  "PRE-14": {
    deps: "PRE-11, PRE-15",
    dueDate: "2026-02-20",
    status: "Done",
    completed: "2026-02-20",
    signOff: UPM,
    notes: "Held on the last prep weekday",
  },
  "PRE-15": { status: "Done", completed: "2026-02-13", signOff: UPM, evidence: "Stunt and rain-rig safety plans" },
  "PRE-16": { status: "N/A", notes: "No intimate scenes (counsel memo 2026-01-20)" },
  "PRE-17": { deps: "PRE-12", status: "Done", completed: "2026-02-20", signOff: UPM },
  "PRE-18": { deps: "PRE-12", status: "Done", completed: "2026-02-12", signOff: UPM },
  "PRE-19": { deps: "PRE-12", status: "Done", completed: "2026-02-17", signOff: UPM },
  "PRE-20": { status: "Done", completed: "2026-02-10", signOff: UPM },
  "PRE-23": { status: "Done", completed: "2026-02-05", signOff: UPM },
  "PRE-24": {
    deps: "PRE-06, PRE-09",
    notes: "Hot costs built by hand from the production report until this is set up",
  },
  "PRD-01": { deps: "PRE-14", status: "In Progress", notes: "15 of 15 sent by 18:00" },
  "PRD-02": { deps: "PRD-01", status: "In Progress" },
  "PRD-03": { deps: "PRE-24", status: "In Progress" },
  "PRD-04": { deps: "PRE-06", status: "In Progress", notes: "Weeks 1 and 2 published" },
  "PRD-05": { deps: "PRE-18", status: "In Progress" },
  "PRD-06": { deps: "PRE-15", status: "In Progress" },
  "PRD-07": { deps: "PRE-18", status: "In Progress" },
  "PRD-09": { deps: "PRE-13", status: "In Progress" },
  "WRP-02": { deps: "PRD-09" },
  "WRP-03": { deps: "PRE-10" },
  "WRP-04": { deps: "WRP-01" },
  "WRP-05": { deps: "WRP-01" },
  "WRP-06": { deps: "WRP-02" },
  "PST-01": { status: "In Progress", notes: "Editor assembling since day 2" },
  "PST-02": { deps: "PST-01" },
  "PST-03": { deps: "PST-02" },
  "PST-04": { deps: "PST-03" },
  "PST-05": { deps: "PST-04" },
  "PST-06": { deps: "PST-04" },
  "PST-07": { deps: "PST-05" },
  "PST-08": { deps: "PST-04, PST-06" },
  "PST-10": { deps: "PST-04" },
  "DLV-01": { deps: "PST-05" },
  "DLV-02": {
    deps: "DEV-01, DEV-04, PRE-05",
    status: "In Progress",
    notes: "Chain of title returned by the distributor",
  },
  "DLV-03": { deps: "PST-07, PST-08", offset: -21 },
  "DLV-04": { deps: "PST-04" },
  "DLV-05": { deps: "PST-04" },
  "DLV-06": { deps: "DLV-01, DLV-02, DLV-03, DLV-04, DLV-05" },
  "DLV-07": { deps: "PST-08" },
  "DLV-10": { deps: "WRP-06" },
};

/** Optional standard steps the show leaves out. */
const LEFT_OUT = new Set(["WRP-07"]);

const OWN_STEPS: readonly SampleRow[] = [
  {
    "Step ID": "SHOW-01",
    Phase: "Production",
    Step: "Lone Pine distant location: hotel block, per diem, travel day, medic",
    Owner: "UPM",
    "Due Date": "2026-02-27",
    Required: true,
    "Depends On": "PRE-19",
    Status: "Done",
    Completed: "2026-02-26",
    "Sign-off": UPM,
  },
  {
    "Step ID": "SHOW-02",
    Phase: "Prep",
    Step: "Minor on set: entertainment work permit and studio teacher for Eli (cast 3)",
    Owner: "Production Coordinator",
    "Due Date": "2026-02-13",
    Required: true,
    "Depends On": "PRE-07",
    Status: "Done",
    Completed: "2026-02-12",
    "Sign-off": UPM,
    Evidence: "Permit on file",
  },
  {
    "Step ID": "SHOW-03",
    Phase: "Prep",
    Step: "Picture car (1978 pickup): mechanic's inspection and a backup vehicle",
    Owner: "Transportation Captain",
    "Due Date": "2026-02-20",
    Required: false,
    "Depends On": "PRE-19",
    Status: "Done",
    Completed: "2026-02-19",
    "Sign-off": UPM,
  },
];

export function sopRows(): SampleRow[] {
  const standard = standardSteps(2)
    .filter((s) => !LEFT_OUT.has(s.id))
    .map((s): SampleRow => {
      const show = SHOW[s.id] ?? {};
      return {
        "Step ID": s.id,
        Phase: s.phase,
        Step: s.step,
        Owner: show.owner ?? s.owner,
        Milestone: s.milestone,
        "Offset Days": show.offset ?? s.offset,
        ...(show.dueDate && { "Due Date": show.dueDate }),
        Required: s.required,
        ...(show.deps && { "Depends On": show.deps }),
        Status: show.status ?? "Not Started",
        ...(show.completed && { Completed: show.completed }),
        ...(show.signOff && { "Sign-off": show.signOff }),
        ...(show.evidence && { Evidence: show.evidence }),
        ...(show.notes && { Notes: show.notes }),
      };
    });
  return [...standard, ...OWN_STEPS];
}

type DeliveryStatus = "Not Started" | "In Progress" | "Delivered" | "Accepted" | "Rejected" | "Waived";
type Item = [
  category: string,
  item: string,
  spec: string,
  due: string,
  owner: string,
  status?: DeliveryStatus,
  dates?: { delivered?: string; accepted?: string; optional?: boolean; notes?: string },
];

const POST = "Post Supervisor";
const SOUND = "Re-recording Mixer";
const LEGAL = "Production Counsel";
const DUE = DELIVERY_DUE;
const ARCHIVE_DUE = "2026-09-25";

const ITEMS: readonly Item[] = [
  ["Picture", "Final picture master", "IMF App 2E, UHD 3840x2160, 23.976, Rec.709", DUE, POST],
  [
    "Picture",
    "HDR master and Dolby Vision metadata",
    "IMF App 2E, P3-D65 PQ, DV 4.0 XML",
    DUE,
    POST,
    "Waived",
    { optional: true, notes: "Distributor takes SDR only" },
  ],
  ["Picture", "Textless master / textless elements at tail", "As picture master", DUE, POST],
  ["Picture", "Alternate aspect-ratio versions", "2.39:1 original and 1.78:1 protected", DUE, POST],
  ["Picture", "DCP and KDMs", "SMPTE DCP 2K flat/scope, 5.1", "2026-09-04", POST],
  ["Picture", "DCDM", "XYZ 16-bit TIFF sequence", DUE, POST, "Waived", { notes: "Waived in delivery amendment 1" }],
  ["Picture", "Locked proxy / screening copy", "ProRes 422 HQ with burn-in", "2026-07-24", POST],
  ["Picture", "Trailer and promos", "ProRes 4444, stereo and 5.1", "2026-08-14", "Producer"],
  ["Sound", "5.1 printmaster", "48 kHz 24-bit WAV, -27 LKFS", "2026-09-04", SOUND],
  ["Sound", "2.0 stereo mix", "48 kHz 24-bit WAV, -24 LKFS", "2026-09-04", SOUND],
  ["Sound", "Atmos mix", "ADM BWF", DUE, SOUND, "Waived", { optional: true }],
  ["Sound", "M&E 5.1 and 2.0, fully filled", "48 kHz 24-bit WAV", DUE, SOUND],
  ["Sound", "Dialogue, music and effects stems", "5.1 stems, 48 kHz 24-bit", DUE, SOUND],
  ["Sound", "Pro Tools sessions", "Final mix sessions with media", ARCHIVE_DUE, SOUND],
  ["Sound", "Audio description mix", "English AD, 2.0", ARCHIVE_DUE, POST],
  ["Captions & Subtitles", "English subtitles", "TTML/IMSC 1.1", DUE, POST],
  ["Captions & Subtitles", "Forced-narrative subtitles", "TTML/IMSC 1.1", DUE, POST],
  ["Captions & Subtitles", "SDH / closed captions", "SCC and TTML", DUE, POST],
  [
    "Captions & Subtitles",
    "Alternate-language audio and subtitles",
    "Spanish (LatAm), French",
    DUE,
    POST,
    "Waived",
    { optional: true, notes: "Distributor dubs in-house" },
  ],
  [
    "Captions & Subtitles",
    "Dub cards / dub credits",
    "Text document",
    ARCHIVE_DUE,
    POST,
    "Not Started",
    { optional: true },
  ],
  [
    "Archive",
    "Original camera footage",
    "ARRIRAW on LTO-9, two copies",
    ARCHIVE_DUE,
    POST,
    "In Progress",
    { notes: "Days 1-14 on LTO" },
  ],
  ["Archive", "Production sound", "Poly WAV with sound reports", ARCHIVE_DUE, POST, "In Progress"],
  ["Archive", "On-set colour: CDLs and LUTs", "CDL/ALE per day, show LUT", ARCHIVE_DUE, "DIT", "In Progress"],
  ["Archive", "Editorial media: proxies, EDLs, ALEs and bins", "Avid project and DNxHD 36", ARCHIVE_DUE, POST],
  ["Archive", "Dailies transfer reports", "PDF per shoot day", ARCHIVE_DUE, POST, "In Progress"],
  ["Music", "Final music assets (stems)", "48 kHz 24-bit WAV", ARCHIVE_DUE, "Music Supervisor"],
  ["Documents", "Final script / dialogue list, as delivered", "PDF and Word, with timecode", DUE, POST],
  ["Music", "Music cue sheet", "PDF, PRO format", DUE, "Music Supervisor"],
  [
    "Documents",
    "Content metadata: title, synopses, credits",
    "50/350-word synopses, billing block",
    "2026-08-28",
    "Producer",
    "Rejected",
    { delivered: "2026-03-09", notes: "350-word synopsis over length; resubmit" },
  ],
  ["Documents", "QC report, passed", "Full QC, issue log with severities", DUE, POST],
  ["Documents", "Camera, sound and lab reports", "PDF per shoot day", DUE, "Production Coordinator", "In Progress"],
  [
    "Legal",
    "Chain-of-title documents, summary and affidavit",
    "Binder with index",
    "2026-07-31",
    LEGAL,
    "Rejected",
    { delivered: "2026-03-02", notes: "Missing the option extension for the article" },
  ],
  [
    "Legal",
    "Copyright registration certificates",
    "Screenplay and underlying article",
    "2026-08-14",
    LEGAL,
    "Accepted",
    { delivered: "2026-02-10", accepted: "2026-02-20" },
  ],
  [
    "Legal",
    "E&O insurance certificate, distributor named",
    "USD 3M / 5M, 3 years",
    "2026-08-14",
    LEGAL,
    "Delivered",
    { delivered: "2026-03-05" },
  ],
  ["Legal", "Music sync and master-use licences", "Fully executed", "2026-08-28", "Music Supervisor"],
  ["Legal", "Clearance log", "Artwork, logos, clips, locations, likenesses", "2026-08-14", LEGAL, "In Progress"],
  [
    "Legal",
    "Talent and crew agreements and releases",
    "Executed copies",
    "2026-08-14",
    "Production Coordinator",
    "In Progress",
  ],
  ["Legal", "Title report and trademark search", "Full report, under 90 days old", "2026-07-31", LEGAL],
  [
    "Legal",
    "Public-domain legal opinion",
    "Opinion letter",
    "2026-07-31",
    LEGAL,
    "Waived",
    { optional: true, notes: "No public-domain material" },
  ],
  ["Legal", "Lien-free confirmation and lab access letter", "Signed by post house", DUE, "Producer"],
  ["Marketing", "Key art, vertical and horizontal", "Layered PSD", "2026-08-14", "Producer"],
  ["Marketing", "Title treatment and title card", "Vector and PNG", "2026-07-31", "Producer", "In Progress"],
  [
    "Marketing",
    "Publicity stills with captions",
    "300 selects, cleared, captioned",
    "2026-07-31",
    "Unit Publicist",
    "In Progress",
  ],
  [
    "Marketing",
    "Character poses / gallery photography",
    "Principal cast, 20 selects each",
    "2026-07-31",
    "Unit Publicist",
    "Accepted",
    { delivered: "2026-03-06", accepted: "2026-03-10", notes: "Shot on day 5" },
  ],
  ["Marketing", "EPK source materials", "Interviews and B-roll, ProRes", "2026-08-14", "Unit Publicist", "In Progress"],
];

export function deliverableRows(): SampleRow[] {
  return ITEMS.map(([category, item, spec, due, owner, status = "Not Started", extra = {}], i) => ({
    "Item ID": `DEL-${String(i + 1).padStart(2, "0")}`,
    Category: category,
    Item: item,
    Spec: spec,
    "Due Date": due,
    Owner: owner,
    Required: !extra.optional,
    Status: status,
    ...(extra.delivered && { Delivered: extra.delivered }),
    ...(extra.accepted && { Accepted: extra.accepted }),
    ...(extra.notes && { Notes: extra.notes }),
  }));
}
