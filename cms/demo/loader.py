"""Create the demo site from the data modules in this package. Safe to run again."""

from django.utils.html import escape

from home.site import install_home_page

from . import pages


def paragraphs_to_html(paragraphs: list[str]) -> str:
    """Turn the data modules' paragraphs ('## ' marks a heading) into rich-text HTML."""
    html = []
    for text in paragraphs:
        if text.startswith("## "):
            html.append(f"<h2>{escape(text[3:])}</h2>")
        else:
            html.append(f"<p>{escape(text)}</p>")
    return "".join(html)


def load(log=print) -> None:
    home = install_home_page(
        title="M4D Hub",
        intro=pages.HOME["intro"],
        body=paragraphs_to_html(pages.HOME["body"]),
    )
    log(f"Home page: {home.url_path}")
