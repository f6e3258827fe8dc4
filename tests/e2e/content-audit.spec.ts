import { expect, test } from "../helpers/signed-in";
import { withDatabase } from "../helpers/comment-thread";
import { NewsroomAdmin } from "../helpers/moderation-desk";
import { insertPublishedStory, Newsroom } from "../helpers/newsroom";

test.describe.configure({ timeout: 90_000 });
test.afterAll(() => withDatabase((db) => db.prepare("delete from settings where key = 'moderation.maxLinks'").run()));

test("story edits and settings changes are in the audit log, filtered by kind, with a link to the changes and before/after", async ({
  asAdmin: page,
}) => {
  const id = insertPublishedStory(`audited-story-${Date.now()}`, "Tram depot opens");
  const newsroom = new Newsroom(page);
  await page.goto(`/admin/articles/${id}`);
  await newsroom.field("Headline").fill("Tram depot opens early");
  await newsroom.save();
  await expect(newsroom.formStatus).toHaveText("Saved.");
  await new NewsroomAdmin(page).saveSettings({ "Most links before holding": "4" });

  await page.goto("/admin/audit");
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Stories" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/kind=stories/);
  const edited = page
    .getByRole("row")
    .filter({ hasText: "Story edited" })
    .filter({ hasText: "Tram depot opens early" });
  await expect(edited).toHaveCount(1);
  await expect(page.getByRole("row").filter({ hasText: "Settings changed" })).toHaveCount(0);
  await expect(edited.getByRole("link", { name: "See the changes" })).toHaveAttribute(
    "href",
    `/admin/articles/${id}/revisions`,
  );

  await page.goto("/admin/audit?kind=settings");
  await expect(page.getByRole("row").filter({ hasText: "Settings changed" }).first()).toContainText("maxLinks: 2 → 4");

  await newsroom.switchToGujarati();
  await page.goto("/admin/audit?kind=stories");
  await expect(page.getByRole("row").filter({ hasText: "સમાચાર સંપાદિત કર્યા" }).first()).toBeVisible();
  await expect(page.getByLabel("પ્રકાર", { exact: true })).toHaveValue("stories");
});
