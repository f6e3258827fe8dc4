import { expect, type Page } from "@playwright/test";

/** What a reader sees on any edition page. */
export class PortalPage {
  constructor(readonly page: Page) {}

  async open(path: string) {
    const response = await this.page.goto(path);
    return response?.status();
  }

  get headline() {
    return this.page.getByRole("heading", { level: 1 });
  }

  get breakingStrip() {
    return this.page.getByRole("region", { name: /Breaking news|બ્રેકિંગ ન્યૂઝ/ });
  }

  get pagination() {
    return this.page.getByRole("navigation", { name: /Pages|પાનાં/ });
  }

  get alsoReadCards() {
    return this.page.locator("article aside.also-read");
  }

  async expectLang(lang: "gu" | "en") {
    await expect(this.page.locator("html")).toHaveAttribute("lang", lang);
  }
}
