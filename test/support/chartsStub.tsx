/**
 * Fluent's charts under jsdom: d3 ships only ES modules, which jest on Node 20 cannot require, so component
 * tests draw each chart as an empty figure with its title. The real charts are drawn by the end-to-end
 * tests in Chromium.
 */
const stub = (name: string) =>
  function Chart(props: { readonly chartTitle?: string }) {
    return <figure data-chart={name} aria-label={props.chartTitle} />;
  };

export const GroupedVerticalBarChart = stub("GroupedVerticalBarChart");
export const LineChart = stub("LineChart");
export const VerticalBarChart = stub("VerticalBarChart");
