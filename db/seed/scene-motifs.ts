import { between, H, mix, r, W, white, type Motifs } from "./illustration-kit";

// Places: a skyline, fields, a stadium, a temple, the sea, rain, the assembly.
export const sceneMotifs = {
  city(p, rng) {
    let out = `<circle cx="${r(between(rng, 800, 1050))}" cy="170" r="80" fill="${p.accent}"/>`;
    for (const [row, opacity, min, max] of [
      [0, 0.18, 220, 420],
      [1, 0.85, 110, 300],
    ] as const) {
      for (let x = row ? 40 : 0; x < W;) {
        const w = r(between(rng, 70, 140));
        const h = r(between(rng, min, max));
        out += `<rect x="${x}" y="${580 - h}" width="${w - 12}" height="${h}" ${white(opacity)}/>`;
        if (row) {
          for (let wy = 600 - h; wy < 550; wy += 34)
            for (let wx = x + 14; wx < x + w - 34; wx += 26)
              if (rng() < 0.45)
                out += `<rect x="${wx}" y="${wy}" width="12" height="16" fill="${p.dark}" fill-opacity=".55"/>`;
        }
        x += w;
      }
    }
    return out + `<rect y="580" width="${W}" height="${H - 580}" fill="${p.deep}"/>`;
  },
  field(p, rng) {
    const green = mix("#74b816", p.base, 0.25);
    let out = `<circle cx="${r(between(rng, 250, 950))}" cy="200" r="90" fill="${p.accent}"/>`;
    out += `<path d="M0 330 Q 300 ${r(between(rng, 260, 310))} 600 330 T 1200 320 V675 H0 Z" fill="${green}"/>`;
    for (let k = -12; k <= 12; k++)
      out += `<path d="M${600 + k * 18} 335 L${600 + k * 150} ${H}" stroke="${mix(green, "#000000", 0.3)}" stroke-width="${r(6 + Math.abs(k))}"/>`;
    return out;
  },
  stadium(p) {
    let out = `<ellipse cx="600" cy="430" rx="560" ry="220" ${white(0.2)}/><ellipse cx="600" cy="430" rx="490" ry="185" ${white(0.3)}/>`;
    out += `<ellipse cx="600" cy="430" rx="400" ry="145" fill="${mix("#40c057", p.base, 0.2)}"/>`;
    out += `<ellipse cx="600" cy="430" rx="130" ry="50" fill="none" stroke="#fff" stroke-opacity=".6" stroke-width="4"/>`;
    out += `<rect x="580" y="385" width="40" height="90" fill="#f1e2b8"/>`;
    for (const x of [110, 1090]) {
      out += `<rect x="${x - 6}" y="90" width="12" height="250" ${white(0.7)}/><rect x="${x - 50}" y="60" width="100" height="50" rx="6" fill="${p.accent}"/>`;
      out += `<path d="M${x - 50} 110 L${x < 600 ? 700 : 500} 430 L${x + 50} 110 Z" ${white(0.08)}/>`;
    }
    return out;
  },
  temple(p) {
    let out = `<circle cx="600" cy="250" r="230" fill="${p.accent}" fill-opacity=".35"/>`;
    out += `<rect x="230" y="600" width="740" height="75" fill="${p.deep}"/><rect x="290" y="560" width="620" height="40" ${white(0.6)}/><rect x="330" y="525" width="540" height="35" ${white(0.75)}/>`;
    const outline = (cx: number, base: number, half: number, top: number) => {
      const shoulder = r(base - (base - top) * 0.55);
      return `M${cx - half} ${base} C${cx - half} ${shoulder} ${r(cx - half * 0.45)} ${top + 40} ${cx} ${top} C${r(cx + half * 0.45)} ${top + 40} ${cx + half} ${shoulder} ${cx + half} ${base} Z`;
    };
    const spire = (cx: number, half: number, top: number) =>
      `<path d="${outline(cx, 525, half, top)}" ${white(0.92)}/><ellipse cx="${cx}" cy="${top}" rx="${r(half * 0.28)}" ry="${r(half * 0.1)}" fill="${p.accent}"/>`;
    out += spire(420, 70, 330) + spire(780, 70, 330) + spire(600, 125, 140);
    out += `<defs><clipPath id="s"><path d="${outline(600, 525, 125, 140)}"/></clipPath></defs><g clip-path="url(#s)">`;
    for (let y = 200; y < 520; y += 40)
      out += `<rect x="470" y="${y}" width="260" height="5" fill="${p.base}" fill-opacity=".25"/>`;
    out += `</g>`;
    out += `<path d="M565 525 V470 Q600 430 635 470 V525 Z" fill="${p.deep}"/>`;
    return (
      out +
      `<rect x="598" y="60" width="4" height="75" fill="#fff"/><path d="M602 62 L660 80 L602 98 Z" fill="${p.accent}"/>`
    );
  },
  sea(p, rng) {
    const boat = r(between(rng, 720, 950));
    let out = `<circle cx="${r(between(rng, 250, 600))}" cy="360" r="120" fill="${p.accent}"/>`;
    out += `<path d="M${boat} 335 h130 l-22 30 h-86 z M${boat + 62} 328 v-100 l52 92 z M${boat + 56} 328 v-80 l-40 74 z" fill="${p.deep}" fill-opacity=".75"/>`;
    [0.25, 0.4, 0.55, 0.75, 0.9].forEach((opacity, i) => {
      const y = 360 + i * 62;
      const a = 18 + i * 4;
      let d = `M0 ${y}`;
      for (let x = 0; x < W; x += 200) d += ` Q${x + 50} ${y - a} ${x + 100} ${y} T${x + 200} ${y}`;
      out += `<path d="${d} V${H} H0 Z" fill="${mix(p.base, "#ffffff", 0.15 + i * 0.12)}" fill-opacity="${opacity}"/>`;
    });
    return out;
  },
  rain(p, rng) {
    let out = "";
    for (let i = 0; i < 36; i++) {
      const x = r(between(rng, 260, 960));
      const y = r(between(rng, 340, 610));
      out += `<path d="M${x} ${y} q-14 30 0 40 q14 -10 0 -40 z" fill="#fff" fill-opacity="${(0.45 + rng() * 0.5).toFixed(2)}" transform="rotate(12 ${x} ${y})"/>`;
    }
    for (const [cx, rx] of [
      [420, 90],
      [760, 120],
    ])
      out += `<ellipse cx="${cx}" cy="640" rx="${rx}" ry="14" ${white(0.25)}/>`;
    out += `<g ${white(0.95)}><circle cx="470" cy="250" r="90"/><circle cx="600" cy="200" r="125"/><circle cx="735" cy="255" r="95"/><rect x="470" y="250" width="265" height="95"/></g>`;
    return out + `<path d="M640 290 l-40 70 h40 l-30 70 l80 -100 h-42 l30 -40 z" fill="${p.accent}"/>`;
  },
  parliament(p) {
    let out = `<rect x="200" y="590" width="800" height="85" fill="${p.deep}" fill-opacity=".7"/><rect x="230" y="565" width="740" height="25" ${white(0.6)}/>`;
    out += `<rect x="260" y="425" width="680" height="140" ${white(0.35)}/>`;
    for (let x = 275; x < 930; x += 50) out += `<rect x="${x}" y="440" width="26" height="125" ${white(0.92)}/>`;
    out += `<rect x="240" y="400" width="720" height="28" ${white(0.95)}/><rect x="440" y="325" width="320" height="75" ${white(0.8)}/>`;
    out += `<path d="M455 325 A145 135 0 0 1 745 325 Z" ${white(0.95)}/>`;
    for (const x of [520, 600, 680])
      out += `<path d="M600 192 Q${x} 250 ${x} 325" fill="none" stroke="${p.base}" stroke-opacity=".3" stroke-width="4"/>`;
    out += `<rect x="585" y="165" width="30" height="30" fill="#fff"/><rect x="598" y="85" width="4" height="82" fill="#fff"/>`;
    return out + `<path d="M602 88 L665 104 L602 120 Z" fill="${p.accent}"/>`;
  },
} satisfies Motifs;
