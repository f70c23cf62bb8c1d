"""Form widgets shared by the hub's forms."""

from django import forms


class SearchableCheckboxes(forms.CheckboxSelectMultiple):
    """A long multiple choice (languages, countries) as a list of checkboxes, ticked ones first.

    It works without JavaScript (a scrollable list the browser's find-in-page searches);
    static/js/checklist.js adds a filter box that hides the options that do not match.
    Django renders the field as a <fieldset> with a <legend>, so the list is labelled.
    """

    template_name = "widgets/searchable_checkboxes.html"

    class Media:
        js = ["js/checklist.js"]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget = context["widget"]
        options = [option for _name, group, _index in widget["optgroups"] for option in group]
        widget["selected_options"] = [option for option in options if option["selected"]]
        widget["other_options"] = [option for option in options if not option["selected"]]
        return context
