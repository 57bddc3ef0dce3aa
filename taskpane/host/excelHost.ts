/** The Excel host: the workbook open in Excel, through the Office adapter; a jump selects the cell in the grid. */
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import type { Host } from "./host";

export function createExcelHost(): Host {
  const gateway = new OfficeWorkbook();
  return {
    kind: "excel",
    workbook: async () => ({ gateway }),
    selectCell: async (address) => {
      await gateway.selectCell(address);
      return undefined;
    },
  };
}
