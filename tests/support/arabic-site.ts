/**
 * A small site written in Arabic (`language: ar`) with the author's own icon
 * (`icon: icon.png`, a plain orange square): the right-to-left and favicon
 * tests read its build. Text of our own; the figures are worked out by hand:
 *
 * 2026-03-02: 2h/10m/2m, 1.5h/15m/0m → 210 min / 25 min = 8.4x; 210 / 2 = 105.0x.
 * 2026-03-03: 3h/12m/3m (15.0x, 60.0x), 45m/9m/1m (5.0x, 45.0x), 6h/20m/4m
 *   (18.0x, 90.0x) → 585 min / 41 min = 14.26… → 14.3x; 585 / 8 = 73.1x.
 */
import { Resvg } from '@resvg/resvg-js';
import { SITE_YAML, contentFolder } from './content-folder.ts';

export const ICON_COLOUR = '#e07000';

const SITE = SITE_YAML.replace('title: Test Notes', 'title: "سجل الرافعة"')
  .replace('description: Days written to test Fulcrum', 'description: "سجل يومي للعمل مع وكيل برمجة ذكي"')
  .replace('  name: Ada Example', '  name: "ليلى حداد"')
  .replace('  bio: Writes tests.', '  bio: "مهندسة برمجيات تكتب عن العمل مع الوكلاء."')
  .replace('  heading: Work with me', '  heading: "اعمل معي"')
  .replace('  body: Get in touch.', '  body: "تواصل معي لتنظيم عمل فريقك."')
  .concat('language: ar\nicon: icon.png\n');

const DAY_1 = `---
date: 2026-03-02
title: "يوم هادئ"
tasks:
  - title: "إصلاح نموذج تسجيل الدخول"
    human: 2h
    ai: 10m
    supervision: 2m
  - title: "ترقية \`eslint\` إلى الإصدار 9"
    human: 1.5h
    ai: 15m
    supervision: 0m
---
يوم قصير بمهمتين فقط.
`;

const DAY_2 = `---
date: 2026-03-03
title: "ثلاث مهام"
tags: [فوترة]
tasks:
  - title: "تقسيم خدمة الفواتير"
    human: 3h
    ai: 12m
    supervision: 3m
  - title: "تصحيح خطأ مطبعي في التوثيق"
    human: 45m
    ai: 9m
    supervision: 1m
  - title: "ترحيل بيانات الاختبارات"
    human: 6h
    ai: 20m
    supervision: 4m
---
عمل الوكيل طوال الصباح بينما راجعت التغييرات.

## التحليل

كانت الرافعة 14.3x اليوم، وكان ترحيل البيانات الأعلى عند 18.0x.

| الخدمة | عدد النشرات |
| --- | ---: |
| الفوترة | 3 |
`;

/** The content folder, in a fresh temporary folder; the caller removes it. */
export function arabicContent(): string {
  const icon = new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="${ICON_COLOUR}"/></svg>`,
  )
    .render()
    .asPng();
  return contentFolder({ 'site.yaml': SITE, 'icon.png': icon, 'days/2026-03-02.md': DAY_1, 'days/2026-03-03.md': DAY_2 });
}
