/** The tab list: as many tabs as fit the pane's width, the rest in a "More" menu; the current one stays visible. */
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import type { ViewEntry } from "../views/registry";

interface ViewTabsProps {
  readonly views: readonly ViewEntry[];
  readonly selected: string;
  readonly onSelect: (id: string) => void;
}

function MenuEntry({ view, onSelect }: { readonly view: ViewEntry; readonly onSelect: (id: string) => void }) {
  if (useIsOverflowItemVisible(view.id)) return null;
  return <MenuItem onClick={() => onSelect(view.id)}>{view.name}</MenuItem>;
}

function MoreTabs({ views, onSelect }: Omit<ViewTabsProps, "selected">) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={ref} appearance="transparent" aria-label={`${overflowCount} more views`}>
          More ▾
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {views.map((v) => (
            <MenuEntry key={v.id} view={v} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export function ViewTabs({ views, selected, onSelect }: ViewTabsProps) {
  return (
    <Overflow minimumVisible={2}>
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
        <MoreTabs views={views} onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}
