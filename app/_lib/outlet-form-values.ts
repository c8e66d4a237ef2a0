import type { OutletSettings } from "../../lib/queries/outlet-settings";

/**
 * Between the outlet form's text fields and the registry's input shape: one URL per line, languages
 * separated by commas or spaces, groups by commas, scrape rules as JSON. Pure, so it is tested without a browser.
 */

export interface OutletFormValues {
  slug: string;
  name: string;
  kind: "feed" | "scrape";
  homepageUrl: string;
  languages: string;
  country: string;
  groups: string;
  feeds: string;
  listPages: string;
  sitemaps: string;
  scrapeRules: string;
}

export const EMPTY_OUTLET_FORM: OutletFormValues = {
  slug: "", name: "", kind: "feed", homepageUrl: "", languages: "", country: "", groups: "", feeds: "", listPages: "", sitemaps: "", scrapeRules: "",
};

export function toFormValues(settings: OutletSettings): OutletFormValues {
  return {
    slug: settings.slug, name: settings.name, kind: settings.kind, homepageUrl: settings.homepageUrl ?? "",
    languages: settings.languages.join(", "), country: settings.country ?? "", groups: settings.groups.join(", "),
    feeds: settings.feeds.join("\n"), listPages: settings.listPages.join("\n"), sitemaps: settings.sitemaps.join("\n"),
    scrapeRules: settings.scrapeRules ? JSON.stringify(settings.scrapeRules, null, 2) : "",
  };
}

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

export class FormValueError extends Error {}

/** The registry input; the server validates everything again and names what is wrong. */
export function toOutletInput(values: OutletFormValues) {
  let scrapeRules: unknown = null;
  if (values.scrapeRules.trim()) {
    try {
      scrapeRules = JSON.parse(values.scrapeRules);
    } catch {
      throw new FormValueError("Scrape rules must be JSON, e.g. {\"contentSelector\": \"article\"}");
    }
  }
  const scraped = values.kind === "scrape";
  return {
    slug: values.slug.trim(), name: values.name.trim(), kind: values.kind,
    homepageUrl: values.homepageUrl.trim() || null,
    languages: values.languages.split(/[\s,]+/).map((l) => l.trim().toLowerCase()).filter(Boolean),
    country: values.country.trim().toUpperCase() || null,
    groups: values.groups.split(",").map((g) => g.trim()).filter(Boolean),
    feeds: lines(values.feeds),
    listPages: scraped ? lines(values.listPages) : [],
    sitemaps: scraped ? lines(values.sitemaps) : [],
    scrapeRules: scraped ? scrapeRules : null,
  };
}
