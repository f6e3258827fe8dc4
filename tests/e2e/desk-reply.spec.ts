import { expect, test } from "../helpers/signed-in";
import { gu } from "../../lib/i18n/gu";
import { addFreshStory, CommentThreadPage, createCommenter } from "../helpers/comment-thread";
import { addComment } from "../helpers/moderation-desk";
import { Newsroom } from "../helpers/newsroom";

test.describe.configure({ timeout: 90_000 });

test("the desk replies as the newsroom: published at once, with a staff badge, in either newsroom language", async ({
  asAdmin: page,
  browser,
}) => {
  const slug = `desk-reply-story-${Date.now()}`;
  const story = addFreshStory(slug);
  const asker = await createCommenter("Farida Asks");
  const question = `When does the new timetable start? ${Date.now()}`;
  const first = addComment(slug, asker.id, question, { status: "approved" });
  const second = addComment(slug, asker.id, `And the night buses? ${Date.now()}`, { status: "approved" });
  const waiting = addComment(slug, asker.id, `Still waiting ${Date.now()}`);

  await page.goto(`/admin/moderation/${first}`);
  await page.getByLabel("Your reply", { exact: true }).fill("From Monday, 1 December.");
  await page.getByRole("button", { name: "Publish reply" }).click();
  await expect(page.getByText("Your reply is published under the comment.")).toBeVisible();
  await expect(page.getByLabel("Your reply", { exact: true })).toHaveValue("");

  await page.goto(`/admin/moderation/${waiting}`);
  await expect(page.getByRole("heading", { name: "Reply as the newsroom" })).toHaveCount(0);

  await new Newsroom(page).switchToGujarati();
  await page.goto(`/admin/moderation/${second}`);
  await page.getByRole("button", { name: gu.moderation.reply.submit }).click();
  await expect(page.getByText(gu.moderation.reply.required).first()).toBeVisible();
  await page.getByLabel(gu.moderation.reply.label, { exact: true }).fill("They run until 2 a.m.");
  await page.getByRole("button", { name: gu.moderation.reply.submit }).click();
  await expect(page.getByText(gu.moderation.reply.posted)).toBeVisible();

  const reader = await CommentThreadPage.elsewhere(browser, null, story);
  const replies = reader.thread.section.getByRole("article", { name: "The newsroom" });
  await expect(replies).toHaveCount(2);
  await expect(replies.filter({ hasText: "From Monday, 1 December." })).toContainText("Staff");
  await expect(replies.filter({ hasText: "They run until 2 a.m." })).toContainText("Staff");
  await reader.close();
});
