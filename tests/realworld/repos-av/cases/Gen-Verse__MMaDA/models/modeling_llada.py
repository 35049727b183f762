stub: upstream file of 61057 bytes
