from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("<id:page_id>/", views.register, name="register"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("cancel/<str:token>/", views.cancel, name="cancel"),
]
