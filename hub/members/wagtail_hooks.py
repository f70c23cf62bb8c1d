"""Membership review in the Wagtail admin: editors approve or reject new accounts."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import Profile
from .services.accounts import set_membership_status


class MembershipReviewForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["membership_status"]
        widgets = {"membership_status": forms.RadioSelect}
        labels = {"membership_status": _("Decision")}


class ReviewView(EditView):
    def save_instance(self):
        profile = Profile.objects.select_related("user").get(pk=self.object.pk)
        set_membership_status(
            profile, self.form.cleaned_data["membership_status"], by=self.request.user
        )
        return profile

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["applicant"] = Profile.objects.select_related("user").get(pk=self.object.pk)
        return context


class ReviewPermissionPolicy(ModelPermissionPolicy):
    """Profiles are made by sign-up, never by hand: nobody is offered an "Add" that would fail."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [a for a in actions if a != "add"])


register_permission_policy(Profile, ReviewPermissionPolicy(Profile))


class MembershipViewSet(ModelViewSet):
    model = Profile
    menu_label = _("Members")
    icon = "user"
    add_to_admin_menu = True
    menu_order = 300
    url_prefix = "membership"
    name = "membership"
    form_class = MembershipReviewForm
    edit_view_class = ReviewView
    edit_template_name = "members/admin/review.html"
    list_filter = ["membership_status"]
    ordering = ["-created_at"]
    list_display = [
        "display_name",
        Column("email", label=_("Email"), accessor="user.email"),
        "organisation",
        Column("join_reason", label=_("Why they want to join")),
        "membership_status",
        "created_at",
    ]
    inspect_view_enabled = False
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return MembershipReviewForm

    @property
    def add_view(self):
        # Profiles are made by sign-up, never by hand in the admin.
        def refuse(request, *args, **kwargs):
            raise PermissionDenied

        return refuse


@hooks.register("register_admin_viewset")
def register_membership_viewset():
    return MembershipViewSet()
