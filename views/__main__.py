"""`python -m views --readme`: rewrite the README's lists of pages and of their URL parameters
(between their markers) from the registry."""

import sys
from pathlib import Path

from views import README_BLOCKS, readme_block, readme_markers

README = Path(__file__).resolve().parent.parent / "README.md"


def write_readme(path: Path = README) -> bool:
    """Put the registry's parts between their markers in `path`; True when the file changed."""
    text = new = path.read_text(encoding="utf-8")
    for name in README_BLOCKS:
        begin, end = readme_markers(name)
        start, stop = new.index(begin), new.index(end) + len(end)
        new = new[:start] + readme_block(name) + new[stop:]
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


if __name__ == "__main__":
    if sys.argv[1:] != ["--readme"]:
        sys.exit("usage: python -m views --readme")
    print("README.md: page list rewritten" if write_readme() else "README.md: page list already current")
