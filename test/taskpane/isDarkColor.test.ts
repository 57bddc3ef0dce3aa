import { isDarkColor } from "../../taskpane/host/isDarkColor";

test("Office's body colours: dark grey and black are dark, white and light grey are not", () => {
  expect(["#262626", "#000000", "1f1f1f"].map(isDarkColor)).toEqual([true, true, true]);
  expect(["#ffffff", "#e6e6e6", undefined, "red"].map(isDarkColor)).toEqual([false, false, false, false]);
});
