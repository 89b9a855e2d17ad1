## The example library: the example organisations offered besides the default one

example-library-title = 更多示例组织
# The button that loads one example; $name is the organisation's name.
example-library-load = 载入“{ $name }”
