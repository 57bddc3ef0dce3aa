/**
 * What the App needs from where it runs. Two hosts implement it: Excel (the add-in) and the preview
 * (a plain browser on an .xlsx file). Components see only this, never Office or ExcelJS.
 */
import type { ChangeNotice } from "../../src/app/session";
import type { RawCell, WorkbookGateway } from "../../src/workbook/gateway";
import type { CellRef } from "./cellAddress";
import type { SheetWindow } from "./sheetWindow";

export interface OpenWorkbook {
  readonly gateway: WorkbookGateway;
  /** The file's name, where there is one (the preview). */
  readonly name?: string;
}

export interface Host {
  readonly kind: "excel" | "preview";
  /** The workbook to validate: the one open in Excel, or the preview's .xlsx (the sample until the user opens one). */
  workbook(): Promise<OpenWorkbook>;
  /** Excel selects the cell in its grid; the preview, which has no grid, returns the part of the sheet around it. */
  selectCell(address: string): Promise<SheetWindow | undefined>;
  /** Edits to the workbook (Excel's change events); resolves to the function that stops watching. */
  watch?(onChange: (notice: ChangeNotice) => void): Promise<() => void>;
  /** Office's theme is dark (Excel), or the system's (the preview). */
  prefersDark?(): boolean;
  /**
   * Reads a workbook the person picked beside this one (the studio's SOP standard) in the browser, through
   * the xlsx adapter loaded on demand; never written.
   */
  readOtherWorkbook?(file: Blob): Promise<WorkbookGateway>;
  /** The studio SOP standard bundled with the preview, so that a first visit can try Apply update. */
  sampleStandard?(): Promise<File>;
  /** The preview's file (absent in Excel, where the workbook is Excel's). */
  readonly file?: WorkbookFile;
  /** The preview's stand-in for Excel's grid (absent in Excel). */
  readonly grid?: WorkbookGrid;
}

/** A sheet's used range, for the preview's read-only grid. */
export interface GridSheet {
  readonly name: string;
  readonly values: readonly (readonly RawCell[])[];
  /** Sheet row and column (1-based) of values[0][0]. */
  readonly top: number;
  readonly left: number;
}

export interface WorkbookGrid {
  /** Every visible sheet as it is now. */
  sheets(): Promise<GridSheet[]>;
  /** Called when an issue's cell is selected; returns the function that stops listening. */
  onSelect(listener: (ref: CellRef) => void): () => void;
}

export interface WorkbookFile {
  /** Replaces the workbook; the next workbook() returns it. */
  open(file: File): Promise<void>;
  /** Opens the sample with a few mistakes planted, so that a first visit has issues to show. */
  openProblemSample?(): Promise<void>;
  /** Saves the current workbook's bytes as a download. */
  download(): Promise<void>;
}
