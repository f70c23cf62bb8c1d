from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    path("", views.site_search, name="site"),
    path("library/", views.catalogue_moved, {"name": "library"}, name="library"),
    path("projects/", views.catalogue_moved, {"name": "projects"}, name="projects"),
    path("autocomplete/", views.autocomplete, name="autocomplete"),
]
