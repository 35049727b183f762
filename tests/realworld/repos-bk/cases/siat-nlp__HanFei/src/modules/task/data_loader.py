stub: upstream file of 5719 bytes
