import wagtail_factories

from workshops.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Faro"
    intro = "Awareness workshops."
