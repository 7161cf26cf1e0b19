import { renderAsync } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

const WIDTH = 600;
const HEIGHT = 300;
const PADDING = 12;
const BAR_COLOR = '#4a90d9';
// resvg draws with the first of these it finds among the system fonts; it does not read quoted names, so none are.
const FONT = 'Helvetica, Arial, Liberation Sans, DejaVu Sans, sans-serif';

/** `distribution` counts the ratings 1 to 5, in that order. */
type RatingChart = { title: string; distribution: readonly number[] };

/**
 * A bar chart of how many people gave each rating from ★1 to ★5, as a PNG for Slack. The background is white and
 * the text dark, so the image reads the same on Slack's light and dark themes.
 */
export async function ratingChartPng(input: RatingChart): Promise<Buffer> {
  const view = new vega.View(vega.parse(compile(ratingChartSpec(input)).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  const image = await renderAsync(svg, { font: { loadSystemFonts: true } });
  return image.asPng();
}

function ratingChartSpec({ title, distribution }: RatingChart): TopLevelSpec {
  const values = distribution.map((count, index) => ({ rating: `★${index + 1}`, count }));
  // Room above the tallest bar for its label; an all-zero chart still gets an axis from 0 to 1.
  const yMax = Math.max(1, ...distribution) * 1.1;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    // A title too long for the width ends in "…" (a little early: without a canvas, Vega overestimates text widths).
    title: { text: title, fontSize: 15, limit: WIDTH - 2 * PADDING },
    // The whole image, padding included, is exactly WIDTH × HEIGHT.
    width: WIDTH,
    height: HEIGHT,
    autosize: { type: 'fit', contains: 'padding' },
    padding: PADDING,
    background: 'white',
    config: { font: FONT, view: { stroke: null }, axis: { labelFontSize: 13, titleFontSize: 13 } },
    data: { values },
    encoding: {
      x: { field: 'rating', type: 'ordinal', sort: null, title: null, axis: { labelAngle: 0 } },
      y: {
        field: 'count',
        type: 'quantitative',
        title: 'Responses',
        scale: { domain: [0, yMax], nice: true },
        axis: { tickMinStep: 1, format: 'd' },
      },
    },
    layer: [
      { mark: { type: 'bar', color: BAR_COLOR, cornerRadiusTopLeft: 3, cornerRadiusTopRight: 3 } },
      { mark: { type: 'text', dy: -8, fontSize: 13, color: '#333333' }, encoding: { text: { field: 'count' } } },
    ],
  };
}
