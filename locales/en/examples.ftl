## The example library: the example organisations offered besides the default one

example-library-title = More example organisations
# The button that loads one example; $name is the organisation's name.
example-library-load = Load “{ $name }”
