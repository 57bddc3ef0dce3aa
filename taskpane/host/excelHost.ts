/** The Excel host: the workbook open in Excel, through the Office adapter; a jump selects the cell in the grid. */
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import type { Host } from "./host";
import { isDarkColor } from "./isDarkColor";
import { readXlsxFile } from "./openXlsx";

export function createExcelHost(): Host {
  const gateway = new OfficeWorkbook();
  return {
    kind: "excel",
    workbook: async () => ({ gateway }),
    selectCell: async (address) => {
      await gateway.selectCell(address);
      return undefined;
    },
    // The adapter's event gate already drops the add-in's own writes; the session reads again on the rest.
    watch: async (onChange) => {
      const watch = await gateway.watchChanges(onChange);
      return () => void watch.stop().catch(() => {});
    },
    // The studio standard is another file: read in the pane with ExcelJS, loaded only when one is picked.
    readOtherWorkbook: readXlsxFile,
    prefersDark: () => isDarkColor(Office.context.officeTheme?.bodyBackgroundColor),
  };
}
