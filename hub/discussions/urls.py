from django.urls import path

from . import views

app_name = "discussions"

urlpatterns = [
    path("post/<int:content_type_id>/<str:object_pk>/", views.post_comment, name="post"),
    path("follow/<int:content_type_id>/<str:object_pk>/", views.toggle_follow, name="follow"),
    path("unfollow/<str:token>/", views.unfollow, name="unfollow"),
    path("comment/<int:pk>/", views.comment, name="comment"),
    path("comment/<int:pk>/edit/", views.edit_comment, name="edit"),
    path("comment/<int:pk>/delete/", views.delete_comment, name="delete"),
    path("comment/<int:pk>/like/", views.like_comment, name="like"),
    path("comment/<int:pk>/flag/", views.flag_comment, name="flag"),
    path("comment/<int:pk>/pin/", views.pin_comment, name="pin"),
    path("forum/", views.topic_list, name="topics"),
    path("forum/new/", views.new_topic, name="new_topic"),
    path("forum/<int:pk>/", views.topic_detail, name="topic_short"),
    path("forum/<int:pk>/<slug:slug>/", views.topic_detail, name="topic"),
    path("e-discussions/<int:page_id>/summary/", views.ediscussion_summary, name="summary"),
]
