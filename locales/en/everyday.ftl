## Everyday use: the register's column chooser

register-columns-choose = Columns
register-columns-shown = Columns shown in the register
