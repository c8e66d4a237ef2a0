"use client";

import type { RefObject } from "react";

/**
 * SVG and PNG downloads of the chart drawn inside `target`: the SVG as drawn, with the page's font
 * and a white background written in, so it opens the same outside the dashboard.
 */
export function ChartDownload({ target, filename }: { target: RefObject<HTMLElement | null>; filename: string }) {
  const svgText = (): string | null => {
    const svg = target.current?.querySelector("svg.recharts-surface");
    if (!svg) return null;
    const copy = svg.cloneNode(true) as SVGSVGElement;
    const { width, height } = svg.getBoundingClientRect();
    copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    copy.setAttribute("width", String(width));
    copy.setAttribute("height", String(height));
    copy.setAttribute("style", `font-family: ${getComputedStyle(svg).fontFamily}; background: #fff`);
    const background = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    background.setAttribute("width", "100%");
    background.setAttribute("height", "100%");
    background.setAttribute("fill", "#fff");
    copy.insertBefore(background, copy.firstChild);
    return new XMLSerializer().serializeToString(copy);
  };
  const save = (href: string, extension: string) => {
    const link = document.createElement("a");
    link.href = href;
    link.download = `${filename}.${extension}`;
    link.click();
  };
  const downloadSvg = () => {
    const text = svgText();
    if (!text) return;
    const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    save(url, "svg");
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const downloadPng = () => {
    const text = svgText();
    const svg = target.current?.querySelector("svg.recharts-surface");
    if (!text || !svg) return;
    const { width, height } = svg.getBoundingClientRect();
    const image = new Image();
    image.onload = () => {
      // Twice the on-screen size, so the picture stays sharp in a document or a slide.
      const canvas = document.createElement("canvas");
      canvas.width = width * 2;
      canvas.height = height * 2;
      const context = canvas.getContext("2d")!;
      context.scale(2, 2);
      context.drawImage(image, 0, 0, width, height);
      save(canvas.toDataURL("image/png"), "png");
    };
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  };
  return (
    <span className="chart-downloads">
      <button type="button" onClick={downloadSvg}>SVG</button>
      <button type="button" onClick={downloadPng}>PNG</button>
    </span>
  );
}
