"""`{% site_brand as brand %}`: the site's name, logo and footer (home.branding) in any template.

With a request in the context it is the request's site, read once per request; without one (an
email rendered by a worker) the default site, in the active language.
"""

from django import template

from home import branding

register = template.Library()


@register.simple_tag(takes_context=True)
def site_brand(context) -> branding.Brand:
    request = context.get("request")
    if request is not None:
        return branding.for_request(request)
    return branding.for_site()


class DocumentTitleNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        return site_brand(context).title(self.nodelist.render(context))


@register.tag
def document_title_of(parser, token):
    """`{% document_title_of %}{% block title %}…{% endblock %}{% enddocument_title_of %}`:
    "Page · Site", or the site's name alone when the page is named like the site."""
    nodelist = parser.parse(("enddocument_title_of",))
    parser.delete_first_token()
    return DocumentTitleNode(nodelist)
