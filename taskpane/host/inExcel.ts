/** Whether the page runs inside Excel. office.js is absent offline, and outside Office it reports no host. */
export async function inExcel(): Promise<boolean> {
  if (typeof Office === "undefined") return false;
  const { host } = await Office.onReady();
  return host === Office.HostType.Excel;
}
