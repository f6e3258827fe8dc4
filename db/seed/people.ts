import type { Role } from "@/db/schema";

// Invented people. Demo passwords are documented in the README.
export const seedPeople: {
  slug: string;
  email: string;
  name: string;
  nameGu: string;
  role: Role;
  bio?: string;
  bioGu?: string;
  password: string;
}[] = [
  {
    slug: "admin",
    email: "admin@khabarsetu.test",
    name: "Newsroom Admin",
    nameGu: "ન્યૂઝરૂમ એડમિન",
    role: "admin",
    password: "admin-demo-password",
  },
  {
    slug: "meera-trivedi",
    email: "meera@khabarsetu.test",
    name: "Meera Trivedi",
    nameGu: "મીરા ત્રિવેદી",
    role: "editor",
    password: "editor-demo-password",
    bio: "Meera covers Gujarat politics and governance from Gandhinagar.",
    bioGu: "મીરા ગાંધીનગરથી ગુજરાતના રાજકારણ અને વહીવટનું કવરેજ કરે છે.",
  },
  {
    slug: "arjun-desai",
    email: "arjun@khabarsetu.test",
    name: "Arjun Desai",
    nameGu: "અર્જુન દેસાઈ",
    role: "editor",
    password: "editor-demo-password",
    bio: "Arjun writes about cricket and sport, from school grounds to Test matches.",
    bioGu: "અર્જુન શાળાના મેદાનથી ટેસ્ટ મેચ સુધી ક્રિકેટ અને રમતગમત વિશે લખે છે.",
  },
  {
    slug: "farah-sheikh",
    email: "farah@khabarsetu.test",
    name: "Farah Sheikh",
    nameGu: "ફરાહ શેખ",
    role: "editor",
    password: "editor-demo-password",
    bio: "Farah reports on business, markets and technology from Ahmedabad.",
    bioGu: "ફરાહ અમદાવાદથી બિઝનેસ, બજાર અને ટેકનોલોજીના અહેવાલ આપે છે.",
  },
  {
    slug: "kiran-patel",
    email: "kiran@khabarsetu.test",
    name: "Kiran Patel",
    nameGu: "કિરણ પટેલ",
    role: "editor",
    password: "editor-demo-password",
    bio: "Kiran covers national and world affairs, films and the odd viral story.",
    bioGu: "કિરણ દેશ-દુનિયાની ઘટનાઓ, ફિલ્મો અને ક્યારેક વાયરલ સમાચાર લખે છે.",
  },
  {
    slug: "ravi-joshi",
    email: "reader@khabarsetu.test",
    name: "Ravi Joshi",
    nameGu: "રવિ જોશી",
    role: "commenter",
    password: "reader-demo-password",
  },
  {
    slug: "nisha-mehta",
    email: "nisha@khabarsetu.test",
    name: "Nisha Mehta",
    nameGu: "નિશા મહેતા",
    role: "commenter",
    password: "reader-demo-password",
  },
];
