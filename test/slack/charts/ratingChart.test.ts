import { describe, expect, it } from 'vitest';
import { ratingChartPng } from '../../../src/slack/charts/ratingChart.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which always follows the 8-byte signature and its own 8-byte header. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('rating chart', () => {
  it('when ratings are given, then a 600×300 PNG comes out', async () => {
    const png = await ratingChartPng({ title: 'Demo ratings', distribution: [1, 2, 5, 9, 6] });

    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 600, height: 300 });
  });

  it('when the distributions differ, then the images differ', async () => {
    const few = await ratingChartPng({ title: 'Demo ratings', distribution: [0, 0, 1, 0, 0] });
    const many = await ratingChartPng({ title: 'Demo ratings', distribution: [3, 0, 1, 7, 2] });

    expect(few.equals(many)).toBe(false);
  });

  it('when the titles differ, then the images differ, so text is drawn', async () => {
    const distribution = [1, 2, 3, 4, 5];
    const first = await ratingChartPng({ title: 'Team A', distribution });
    const second = await ratingChartPng({ title: 'Team B', distribution });

    expect(first.equals(second)).toBe(false);
  });

  it('when the title is far too long for the width, then the image keeps its size', async () => {
    const png = await ratingChartPng({ title: 'A very long project name '.repeat(10), distribution: [1, 2, 3, 4, 5] });

    expect(pngSize(png)).toEqual({ width: 600, height: 300 });
  });

  it('when nobody has rated yet, then the chart still renders', async () => {
    const png = await ratingChartPng({ title: 'No ratings yet', distribution: [0, 0, 0, 0, 0] });

    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 600, height: 300 });
  });
});
