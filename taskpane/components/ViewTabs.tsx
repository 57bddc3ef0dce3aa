/** The tab list: as many tabs as fit the pane's width, the rest in a "More" menu; the current one stays visible. */
import { makeStyles, Overflow, OverflowItem, Tab, TabList } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { ViewEntry } from "../views/registry";

// The menu (and its popover positioning) is loaded after the first frame: the Excel pane's start stays small.
const MoreTabs = lazy(() => import(/* webpackChunkName: "more-tabs" */ "./MoreTabs"));

const useStyles = makeStyles({
  // The menu button sits beside the tab list, not in it: a tab list holds tabs only.
  bar: { display: "flex", alignItems: "center", minWidth: 0, overflow: "hidden" },
});

interface ViewTabsProps {
  readonly views: readonly ViewEntry[];
  readonly selected: string;
  readonly onSelect: (id: string) => void;
}

export function ViewTabs({ views, selected, onSelect }: ViewTabsProps) {
  const styles = useStyles();
  return (
    <Overflow minimumVisible={2}>
      <div className={styles.bar}>
        <TabList
          selectedValue={selected}
          onTabSelect={(_, data) => onSelect(String(data.value))}
          aria-label="Views"
          size="small"
        >
          {views.map((v) => (
            <OverflowItem key={v.id} id={v.id} priority={v.id === selected ? 2 : 1}>
              <Tab value={v.id}>{v.name}</Tab>
            </OverflowItem>
          ))}
        </TabList>
        <Suspense fallback={null}>
          <MoreTabs views={views} onSelect={onSelect} />
        </Suspense>
      </div>
    </Overflow>
  );
}
