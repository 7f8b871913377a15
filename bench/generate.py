"""A deterministic corpus in the style of the seeds: `python bench/generate.py OUT --articles N`.

Paragraphs are recombined from the seed pages; zone, company and person names are made up from
the gazetteer and character pools; pages alternate headline-before and headline-after layouts,
wide lines and hard wraps of 8–20 characters (some with a blank line after every line).
"""

from __future__ import annotations

import argparse
import random
import textwrap
from pathlib import Path

from baokan.store.db.build import seed_paths
from baokan.store.pages.parse import parse_page
from baokan.store.zh.gazetteer import places
from baokan.store.zh.lexicon import surnames

ZONE_TYPES = ["经济技术开发区", "经济开发区", "高新技术产业开发区", "高新区", "经开区", "现代农业产业示范区"]
BRAND = "华鑫源泰瑞恒达盛宏昌兴隆丰茂锦博康德信诚晟鼎嘉"
INDUSTRY = ["新能源科技", "智能装备制造", "生物医药", "新材料", "电子科技", "食品", "环保科技", "物流", "数据科技"]
SUFFIX = ["有限公司", "股份有限公司", "集团", "有限责任公司"]
GIVEN = "建国明华伟军强丽静敏燕磊洋勇艳杰娟涛超秀霞平刚桂英志鹏晓"
WEEKDAYS = "一二三四五六日"
VERBS = ["签约", "落地", "开工", "投产", "推进", "打造", "赋能", "提速"]


class Generator:
    """Pages of a made-up archive, the same for the same seed."""

    def __init__(self, seed: int = 1984) -> None:
        self.rng = random.Random(seed)
        self.paras: list[str] = []
        self.titles: list[str] = []
        for p in seed_paths():
            for a in parse_page(p.read_text(encoding="utf-8")).articles:
                self.paras += [x for x in a.body.split("\n\n") if len(x) > 20]
                if a.title:
                    self.titles.append(a.title)
        self.counties = sorted(p.short for p in places() if p.level == "county" and len(p.short) == 2)

    def zone(self) -> str:
        return self.rng.choice(self.counties) + self.rng.choice(ZONE_TYPES)

    def company(self) -> str:
        r = self.rng
        return r.choice(self.counties) + r.choice(BRAND) + r.choice(BRAND) + r.choice(INDUSTRY) + r.choice(SUFFIX)

    def person(self) -> str:
        r = self.rng
        return r.choice(sorted(surnames())) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2))))

    def article(self) -> tuple[str, str, str]:
        """Title, body paragraphs joined by newlines, byline."""
        r = self.rng
        zone, company, person = self.zone(), self.company(), self.person()
        lead = (
            f"{zone}与{company}签约，总投资{r.randint(1, 300)}.{r.randint(0, 9)}亿元。"
            f"{zone}党工委书记{person}表示，将全力做好项目服务保障。"
        )
        body = [lead] + r.sample(self.paras, r.randint(2, 6))
        title = f"{zone}{r.choice(VERBS)}" if r.random() < 0.5 else r.choice(self.titles)
        return title, "\n".join(body), self.person() + (" " + self.person() if r.random() < 0.3 else "")

    def page(self, n: int, articles: int) -> str:
        """One page of `articles` articles."""
        r = self.rng
        after = r.random() < 0.4
        wrap = None if r.random() < 0.5 else r.randint(8, 20)
        double = wrap is not None and r.random() < 0.5
        out: list[str] = []
        if r.random() < 0.8:
            y, m, d = 2000 + n % 25, 1 + n % 12, 1 + n % 28
            out += [
                "## 科学导报",
                f"第{1 + n % 52}期 总第{3000 + n}期",
                f"{y}年{m}月{d}日 星期{WEEKDAYS[n % 7]}",
                "开发区建设",
                "周刊",
                "",
            ]
        for _ in range(articles):
            title, body, byline = self.article()
            lines = []
            for k, para in enumerate(body.split("\n")):
                text = ("科学导报讯 " + para) if k == 0 else para
                chunks = textwrap.wrap(text, wrap) if wrap else [text]
                lines += [x for c in chunks for x in ([c, ""] if double else [c])]
                if not double:
                    lines.append("")
            lines.append(byline)
            head = [title, ""]
            out += (lines + [""] + head) if after else (head + lines + [""])
        return "\n".join(out) + "\n"


def generate(out: Path, articles: int, per_page: int = 7, seed: int = 1984) -> list[Path]:
    """Write pages holding about `articles` articles under out/ (kept if already complete)."""
    out.mkdir(parents=True, exist_ok=True)
    pages = (articles + per_page - 1) // per_page
    marker = out / f".complete-{articles}-{seed}"
    paths = [out / f"{n:06d}.txt" for n in range(pages)]
    if marker.exists():
        return paths
    gen = Generator(seed)
    for n, path in enumerate(paths):
        path.write_text(gen.page(n, min(per_page, articles - n * per_page)), encoding="utf-8")
    marker.touch()
    return paths


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=1000)
    args = ap.parse_args()
    print(len(generate(args.out, args.articles)), "pages")
