/**
 * Outlet colours: the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies), minus its yellow, which is unreadable on white. Assigned by the outlet's place
 * in the name-sorted list, so an outlet keeps its colour when the unit changes.
 */
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"];

export function outletColour(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}
