from .services import languages


class LanguagePreferenceMiddleware:
    """Writes the language a visitor chose, and sends unprefixed page views to their language.

    Sits after django.middleware.locale.LocaleMiddleware, which activates the URL's language.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response = languages.redirect_to_preferred(request, response) or response
        languages.apply_choice(request, response)
        return response
