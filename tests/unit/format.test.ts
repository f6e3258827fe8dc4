import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, isoIndia } from "@/lib/format";

// 24 June 2024, 12:03 UTC is 17:33 in India.
const moment = Date.UTC(2024, 5, 24, 12, 3, 0);

describe("dates in India time", () => {
  it("formats the Updated stamp in English", () => {
    expect(formatDateTime(moment, "en")).toBe("24 June 2024, 17:33");
  });

  it("uses Gujarati month names in the Gujarati edition", () => {
    expect(formatDateTime(moment, "gu")).toBe("24 જૂન 2024, 17:33");
    expect(formatDate(Date.UTC(2024, 9, 2, 6, 0), "gu")).toBe("2 ઑક્ટોબર 2024");
  });

  it("rolls over to the next Indian day after 18:30 UTC", () => {
    expect(formatDateTime(Date.UTC(2024, 11, 31, 18, 45), "en")).toBe("1 January 2025, 00:15");
  });

  it("does not depend on the server's time zone", () => {
    const before = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      expect(formatDateTime(moment, "en")).toBe("24 June 2024, 17:33");
    } finally {
      process.env.TZ = before;
    }
  });

  it("gives ISO 8601 with the +05:30 offset", () => {
    expect(isoIndia(moment)).toBe("2024-06-24T17:33:00+05:30");
  });
});
