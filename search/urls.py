from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    path("", views.site_search, name="site"),
    path("library/", views.library_search, name="library"),
    path("projects/", views.project_search, name="projects"),
    path("autocomplete/", views.autocomplete, name="autocomplete"),
]
