/** The task pane, the same in Excel and in the preview host: only the Host differs. */
import {
  Field,
  FluentProvider,
  makeStyles,
  mergeClasses,
  ProgressBar,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { AppHeader } from "./components/AppHeader";
import { PreviewFileBar } from "./components/PreviewFileBar";
import { ViewTabs } from "./components/ViewTabs";
import type { Host } from "./host/host";
import { useReload, useSessionState } from "./session/hooks";
import { SessionProvider } from "./session/SessionProvider";
import { VIEWS } from "./views/registry";

// Only the preview has a grid to show: Excel's pane never downloads it.
const WorkbookGrid = lazy(() => import(/* webpackChunkName: "preview-grid" */ "./components/WorkbookGrid"));

/** At desktop width the preview looks like Excel with the pane docked on the right. */
const DOCKED = "@media (min-width: 900px)";

const useStyles = makeStyles({
  root: { minHeight: "100vh" },
  docked: {
    [DOCKED]: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 400px", height: "100vh", overflow: "hidden" },
  },
  grid: { display: "none", [DOCKED]: { display: "block", minHeight: 0 } },
  pane: { display: "flex", flexDirection: "column", [DOCKED]: { overflowY: "auto", height: "100vh" } },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

function Pane({ host }: { readonly host: Host }) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(host.grid && styles.docked)}>
      {host.grid && (
        <div className={styles.grid}>
          <Suspense fallback={null}>
            <WorkbookGrid grid={host.grid} />
          </Suspense>
        </div>
      )}
      <div className={styles.pane}>
        <PaneColumn host={host} />
      </div>
    </div>
  );
}

function PaneColumn({ host }: { readonly host: Host }) {
  const styles = useStyles();
  const state = useSessionState();
  const reload = useReload();
  const [selected, setSelected] = useState(VIEWS[0].id);
  const ready = state.status === "ready" ? state : undefined;
  const source = host.kind === "excel" ? "Excel workbook" : `Preview · ${ready?.workbookName ?? "no workbook yet"}`;
  const { View } = VIEWS.find((v) => v.id === selected) ?? VIEWS[0];
  return (
    <>
      <AppHeader title={ready?.loaded.production.setup.productionTitle || undefined} source={source} />
      <main className={styles.main}>
        {host.file && <PreviewFileBar file={host.file} loaded={Boolean(ready)} onOpened={reload} />}
        <ViewTabs views={VIEWS} selected={selected} onSelect={setSelected} />
        <Suspense
          fallback={
            <Field label="Opening the view…">
              <ProgressBar />
            </Field>
          }
        >
          <View />
        </Suspense>
      </main>
    </>
  );
}

export function App({ host }: { readonly host: Host }) {
  const styles = useStyles();
  const [dark] = useState(() => host.prefersDark?.() ?? false);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.root}>
      <SessionProvider host={host}>
        <Pane host={host} />
      </SessionProvider>
    </FluentProvider>
  );
}
