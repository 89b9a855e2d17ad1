## Colour scheme: the header's choice of light, dark or the system's colours

theme-label = Colours
theme-system = System
theme-light = Light
theme-dark = Dark
