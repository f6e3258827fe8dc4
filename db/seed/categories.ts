export const seedCategories = [
  { slug: "gujarat", nameEn: "Gujarat", nameGu: "ગુજરાત" },
  { slug: "national", nameEn: "National", nameGu: "દેશ" },
  { slug: "world", nameEn: "World", nameGu: "દુનિયા" },
  { slug: "politics", nameEn: "Politics", nameGu: "રાજકારણ" },
  { slug: "business", nameEn: "Business", nameGu: "બિઝનેસ" },
  { slug: "sports", nameEn: "Sports", nameGu: "સ્પોર્ટ્સ" },
  { slug: "cricket", nameEn: "Cricket", nameGu: "ક્રિકેટ" },
  { slug: "entertainment", nameEn: "Entertainment", nameGu: "મનોરંજન" },
  { slug: "technology", nameEn: "Technology", nameGu: "ટેકનોલોજી" },
  { slug: "automobile", nameEn: "Automobile", nameGu: "ઓટોમોબાઇલ" },
  { slug: "elections", nameEn: "Elections", nameGu: "ચૂંટણી" },
  { slug: "viral", nameEn: "Viral", nameGu: "વાયરલ" },
] as const;
