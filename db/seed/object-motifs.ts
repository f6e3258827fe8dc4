import { between, r, W, white, type Motifs } from "./illustration-kit";

// Things: a chart, a chip, a car, a ballot box, a globe, film, a train, a phone.
export const objectMotifs = {
  chart(p, rng) {
    let out = "";
    for (let y = 160; y <= 560; y += 100) out += `<rect x="140" y="${y}" width="920" height="3" ${white(0.18)}/>`;
    const points: string[] = [];
    for (let i = 0; i < 7; i++) {
      const x = 180 + i * 130;
      const h = r(90 + i * 45 + between(rng, -40, 40));
      out += `<rect x="${x}" y="${560 - h}" width="80" height="${h}" rx="6" ${white(0.85)}/>`;
      points.push(`${x + 40},${500 - h}`);
    }
    out += `<polyline points="${points.join(" ")}" fill="none" stroke="${p.accent}" stroke-width="9" stroke-linejoin="round"/>`;
    return (
      out +
      points
        .map((pt) => `<circle cx="${pt.split(",")[0]}" cy="${pt.split(",")[1]}" r="13" fill="${p.accent}"/>`)
        .join("")
    );
  },
  chip(p, rng) {
    let out = "";
    for (let i = 0; i < 10; i++) {
      const y = r(between(rng, 60, 620));
      const side = i % 2 ? [0, 420] : [780, W];
      out += `<path d="M${side[0]} ${y} H${r(between(rng, side[0] + 60, side[1] - 60))} V${r(between(rng, 200, 480))} H${side[1]}" fill="none" stroke="#fff" stroke-opacity=".3" stroke-width="5"/>`;
    }
    for (let i = 0; i < 8; i++) {
      const o = 430 + i * 44;
      out += `<rect x="${o - 155}" y="145" width="18" height="50" ${white(0.8)}/><rect x="${o - 155}" y="480" width="18" height="50" ${white(0.8)}/>`;
      out += `<rect x="395" y="${o - 250}" width="50" height="18" ${white(0.8)}/><rect x="755" y="${o - 250}" width="50" height="18" ${white(0.8)}/>`;
    }
    out += `<rect x="430" y="180" width="340" height="315" rx="26" fill="${p.deep}"/>`;
    return (
      out +
      `<rect x="520" y="260" width="160" height="155" rx="12" fill="${p.accent}"/><rect x="555" y="295" width="90" height="85" rx="6" fill="${p.dark}"/>`
    );
  },
  car(p) {
    let out = `<rect y="520" width="${W}" height="155" fill="${p.deep}"/>`;
    for (let x = 20; x < W; x += 160) out += `<rect x="${x}" y="590" width="90" height="10" ${white(0.6)}/>`;
    for (const y of [380, 420, 460])
      out += `<rect x="${80 + (y % 7) * 10}" y="${y}" width="${160 - (y - 380)}" height="8" rx="4" ${white(0.35)}/>`;
    out += `<path d="M300 510 V440 Q310 405 360 400 L460 392 L540 318 Q560 300 590 300 H770 Q800 300 822 322 L890 392 L950 400 Q990 408 995 445 V510 Z" fill="${p.accent}"/>`;
    out += `<path d="M560 330 Q570 318 590 318 H660 V392 H488 Z" fill="${p.deep}" fill-opacity=".8"/><path d="M680 318 H765 Q785 318 800 334 L858 392 H680 Z" fill="${p.deep}" fill-opacity=".8"/>`;
    for (const x of [430, 860])
      out += `<circle cx="${x}" cy="512" r="58" fill="#212529"/><circle cx="${x}" cy="512" r="24" ${white(0.85)}/>`;
    return out + `<rect x="960" y="425" width="30" height="16" rx="6" fill="#fff"/>`;
  },
  ballot(p) {
    let out = `<rect x="0" y="560" width="${W}" height="115" fill="${p.deep}" fill-opacity=".6"/>`;
    out += `<g transform="rotate(-8 640 220)"><rect x="570" y="90" width="150" height="190" rx="8" fill="#fff"/>`;
    out += `<path d="M605 185 L635 215 L690 150" fill="none" stroke="${p.base}" stroke-width="16" stroke-linecap="round" stroke-linejoin="round"/>`;
    out += `<rect x="600" y="240" width="90" height="10" rx="5" fill="${p.light}"/></g>`;
    out += `<path d="M420 330 H780 L840 280 H480 Z" ${white(0.7)}/><path d="M780 330 L840 280 V520 L780 570 Z" ${white(0.5)}/>`;
    out += `<rect x="420" y="330" width="360" height="240" ${white(0.92)}/><path d="M545 312 H715 L735 296 H565 Z" fill="${p.deep}"/>`;
    return (
      out +
      `<circle cx="600" cy="450" r="62" fill="${p.accent}"/><path d="M572 450 L592 470 L630 428" fill="none" stroke="${p.deep}" stroke-width="12" stroke-linecap="round"/>`
    );
  },
  globe(p, rng) {
    let out = `<defs><clipPath id="g"><circle cx="600" cy="338" r="230"/></clipPath></defs>`;
    out += `<circle cx="600" cy="338" r="230" fill="${p.dark}" fill-opacity=".6"/><g clip-path="url(#g)">`;
    for (const [cx, cy] of [
      [500, 230],
      [690, 290],
      [560, 430],
      [730, 470],
    ]) {
      const x = cx + r(between(rng, -30, 30));
      const y = cy + r(between(rng, -30, 30));
      const s = between(rng, 45, 80);
      out += `<path d="M${x} ${y} c${r(s)} ${r(-s * 0.7)} ${r(s * 1.8)} ${r(-s * 0.1)} ${r(s * 1.4)} ${r(s * 0.7)} s${r(-s * 0.9)} ${r(s * 0.9)} ${r(-s * 1.5)} ${r(s * 0.3)} s${r(-s * 0.5)} ${r(-s * 0.9)} ${r(s * 0.1)} ${r(-s)} z" fill="${p.accent}" fill-opacity=".85"/>`;
    }
    for (const rx of [60, 130, 195])
      out += `<ellipse cx="600" cy="338" rx="${rx}" ry="230" fill="none" stroke="#fff" stroke-opacity=".45" stroke-width="3"/>`;
    for (const dy of [-150, -75, 0, 75, 150])
      out += `<rect x="360" y="${338 + dy}" width="480" height="3" ${white(0.45)}/>`;
    out += `</g><circle cx="600" cy="338" r="230" fill="none" stroke="#fff" stroke-width="6"/>`;
    return (
      out +
      `<ellipse cx="600" cy="338" rx="390" ry="90" fill="none" stroke="${p.accent}" stroke-width="5" transform="rotate(-18 600 338)"/><circle cx="975" cy="215" r="16" fill="#fff"/>`
    );
  },
  film(p) {
    let out = `<g transform="rotate(-7 600 338)"><rect x="-100" y="215" width="1400" height="250" fill="#1b1b1f"/>`;
    for (let x = -90; x < 1300; x += 52)
      out += `<rect x="${x}" y="230" width="26" height="18" rx="3" ${white(0.85)}/><rect x="${x}" y="432" width="26" height="18" rx="3" ${white(0.85)}/>`;
    [p.light, p.accent, p.base, p.light, p.accent, p.base].forEach((fill, i) => {
      const x = -60 + i * 240;
      out += `<rect x="${x}" y="265" width="210" height="150" fill="${fill}"/><path d="M${x} 415 L${x + 80} 330 L${x + 130} 380 L${x + 160} 350 L${x + 210} 415 Z" fill="#000" fill-opacity=".25"/><circle cx="${x + 160}" cy="305" r="16" ${white(0.8)}/>`;
    });
    return out + `</g>`;
  },
  train(p) {
    let out = `<rect x="0" y="120" width="${W}" height="3" ${white(0.5)}/>`;
    for (let x = 60; x < W; x += 280) out += `<rect x="${x}" y="110" width="10" height="440" ${white(0.3)}/>`;
    for (let x = 0; x < W; x += 40) out += `<rect x="${x}" y="582" width="24" height="16" fill="${p.deep}"/>`;
    out += `<rect y="570" width="${W}" height="8" ${white(0.7)}/><rect y="598" width="${W}" height="8" ${white(0.7)}/>`;
    out += `<path d="M60 360 H1000 Q1120 360 1140 470 Q1150 540 1080 545 H60 Z" ${white(0.93)}/>`;
    for (let x = 100; x < 940; x += 95)
      out += `<rect x="${x}" y="395" width="62" height="60" rx="8" fill="${p.deep}" fill-opacity=".8"/>`;
    out += `<path d="M1000 395 H1050 Q1100 400 1112 455 H1000 Z" fill="${p.deep}" fill-opacity=".8"/><rect x="60" y="490" width="1085" height="16" fill="${p.accent}"/>`;
    return out + [140, 220, 880, 960].map((x) => `<circle cx="${x}" cy="553" r="20" fill="#212529"/>`).join("");
  },
  mobile(p, rng) {
    let out = "";
    for (let i = 0; i < 6; i++) {
      const x = r(i % 2 ? between(rng, 820, 1080) : between(rng, 120, 380));
      const y = r(between(rng, 90, 560));
      out += `<rect x="${x - 55}" y="${y - 28}" width="110" height="56" rx="28" fill="${i % 3 ? "#fff" : p.accent}" fill-opacity=".85"/><path d="M${x - 20} ${y + 26} l-14 22 l30 -22 z" fill="${i % 3 ? "#fff" : p.accent}" fill-opacity=".85"/>`;
    }
    out += `<rect x="455" y="60" width="290" height="560" rx="42" fill="${p.deep}"/><rect x="475" y="105" width="250" height="470" rx="14" fill="#fff"/>`;
    out += `<rect x="495" y="125" width="210" height="130" rx="10" fill="${p.light}"/><circle cx="600" cy="190" r="34" fill="${p.accent}"/>`;
    for (let y = 280; y < 480; y += 30)
      out += `<rect x="495" y="${y}" width="${r(between(rng, 120, 210))}" height="14" rx="7" fill="${p.base}" fill-opacity=".25"/>`;
    out += `<rect x="495" y="500" width="90" height="40" rx="20" fill="${p.base}"/><rect x="560" y="78" width="80" height="12" rx="6" fill="#fff" fill-opacity=".3"/>`;
    return out;
  },
} satisfies Motifs;
