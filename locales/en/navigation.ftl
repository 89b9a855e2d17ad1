## The header's navigation: the "More" menu and the phone's "Menu" button

nav-more = More
nav-menu = Menu
# Read after "More" when the page on screen is one of the links inside it.
nav-more-holds-current = (current page: { $page })
