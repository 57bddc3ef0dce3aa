/** The overflow menu of the tab list: the views whose tabs do not fit the pane's width. */
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import type { ViewEntry } from "../views/registry";

function MenuEntry({ view, onSelect }: { readonly view: ViewEntry; readonly onSelect: (id: string) => void }) {
  if (useIsOverflowItemVisible(view.id)) return null;
  return <MenuItem onClick={() => onSelect(view.id)}>{view.name}</MenuItem>;
}

export default function MoreTabs({
  views,
  onSelect,
}: {
  readonly views: readonly ViewEntry[];
  readonly onSelect: (id: string) => void;
}) {
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
