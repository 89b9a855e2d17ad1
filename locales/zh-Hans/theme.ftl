## Colour scheme: the header's choice of light, dark or the system's colours

theme-label = 配色
theme-system = 跟随系统
theme-light = 浅色
theme-dark = 深色
