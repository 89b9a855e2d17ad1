## Everyday use: the register's column chooser

register-columns-choose = 显示的列
register-columns-shown = 登记册中显示的列
