from django.urls import path

from . import views

app_name = "messaging"

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("new/", views.new_conversation, name="new"),
    path("unread.json", views.unread, name="unread"),
    path("recipients.json", views.recipients, name="recipients"),
    path("<id:pk>/", views.conversation_view, name="conversation"),
    path("<id:pk>/updates.json", views.updates, name="updates"),
    path("report/<id:message_pk>/", views.report, name="report"),
    path("block/<str:username>/", views.block, name="block"),
    path("unblock/<str:username>/", views.unblock, name="unblock"),
]
