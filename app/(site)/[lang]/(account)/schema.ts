import * as z from "zod";
import { currentPasswordField, emailField, nameField, newPasswordField } from "@/lib/account-rules";

export const signInSchema = z.object({ email: emailField, password: currentPasswordField });

export const signUpSchema = z.object({ name: nameField, email: emailField, password: newPasswordField });

export const forgotPasswordSchema = z.object({ email: emailField });

export const resetPasswordSchema = z.object({
  token: z.string({ error: "invalid" }).min(20, { error: "invalid" }).max(200, { error: "invalid" }),
  password: newPasswordField,
});

export const displayNameSchema = z.object({ name: nameField });

/** An unticked checkbox sends nothing, so absence means "off"; anything but "on" is refused. */
export const keyboardShortcutsSchema = z.object({ shortcuts: z.literal("on", { error: "invalid" }).optional() });

export const changePasswordSchema = z.object({ currentPassword: currentPasswordField, newPassword: newPasswordField });

export type SignInFields = keyof z.infer<typeof signInSchema>;
export type SignUpFields = keyof z.infer<typeof signUpSchema>;
export type ChangePasswordFields = keyof z.infer<typeof changePasswordSchema>;
