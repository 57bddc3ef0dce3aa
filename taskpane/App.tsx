/** The task pane, the same in Excel and in the preview host: only the Host differs. */
import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { AppHeader } from "./components/AppHeader";
import { PreviewFileBar } from "./components/PreviewFileBar";
import type { Host } from "./host/host";
import { useValidation } from "./useValidation";
import { ValidateView } from "./views/ValidateView";

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column" },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

export function App({ host }: { readonly host: Host }) {
  const styles = useStyles();
  const { validation, revalidate } = useValidation(host);
  const ready = validation.status === "ready" ? validation : undefined;
  const source = host.kind === "excel" ? "Excel workbook" : `Preview · ${ready?.workbookName ?? "no workbook yet"}`;
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <AppHeader title={ready?.title} source={source} />
      <main className={styles.main}>
        {host.file && <PreviewFileBar file={host.file} onOpened={revalidate} />}
        <ValidateView
          validation={validation}
          revalidate={revalidate}
          selectCell={(address) => host.selectCell(address)}
        />
      </main>
    </FluentProvider>
  );
}
