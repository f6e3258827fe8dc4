import * as z from "zod";

/** The two mail switches on the account page: an unticked checkbox sends nothing, so absence means "off". */
export const mailSettingsSchema = z.object({
  commentApproved: z.literal("on", { error: "invalid" }).optional(),
  commentReply: z.literal("on", { error: "invalid" }).optional(),
});
