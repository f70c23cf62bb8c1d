from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("", views.directory_view, name="directory"),
    path("pending/", views.pending, name="pending"),
    path("me/", views.me, name="me"),
    path("me/profile/", views.edit_profile, name="edit_profile"),
    path("me/submissions/", views.my_submissions, name="submissions"),
    path("me/submissions/<id:pk>/edit/", views.edit_submission, name="edit_submission"),
    path("me/data.json", views.export_data, name="export"),
    path("me/delete/", views.delete_account, name="delete_account"),
    path("submit/<slug:kind>/", views.submit, name="submit"),
    path("<str:username>/", views.profile_detail, name="profile"),
]
