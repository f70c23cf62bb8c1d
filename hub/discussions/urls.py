from django.urls import path

from . import views

app_name = "discussions"

urlpatterns = [
    # object_pk stays a string: a page previewed before its first save renders its forms with
    # "None"; resolve_target() turns what is no id into a 404.
    path("post/<id:content_type_id>/<str:object_pk>/", views.post_comment, name="post"),
    path("follow/<id:content_type_id>/<str:object_pk>/", views.toggle_follow, name="follow"),
    path("unfollow/<str:token>/", views.unfollow, name="unfollow"),
    path("comment/<id:pk>/", views.comment, name="comment"),
    path("comment/<id:pk>/edit/", views.edit_comment, name="edit"),
    path("comment/<id:pk>/delete/", views.delete_comment, name="delete"),
    path("comment/<id:pk>/like/", views.like_comment, name="like"),
    path("comment/<id:pk>/flag/", views.flag_comment, name="flag"),
    path("comment/<id:pk>/pin/", views.pin_comment, name="pin"),
    path("forum/", views.topic_list, name="topics"),
    path("forum/new/", views.new_topic, name="new_topic"),
    path("forum/<id:pk>/", views.topic_detail, name="topic_short"),
    path("forum/<id:pk>/<slug:slug>/", views.topic_detail, name="topic"),
    path("e-discussions/<id:page_id>/summary/", views.ediscussion_summary, name="summary"),
]
