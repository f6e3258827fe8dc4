// Kept apart from the zod rules so client forms can set maxLength without shipping zod.
export const limits = { name: 80, email: 254, passwordMin: 8, passwordMax: 1024 } as const;
