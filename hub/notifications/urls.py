from django.urls import path

from . import views

app_name = "notifications"

urlpatterns = [
    path("", views.notification_list, name="list"),
    path("read-all/", views.mark_all_read, name="read_all"),
    path("preferences/", views.preferences_view, name="preferences"),
    path("<id:pk>/read/", views.mark_read, name="read"),
    path("<id:pk>/open/<str:signature>/", views.open_notification, name="open"),
    path("unsubscribe/<slug:kind>/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
