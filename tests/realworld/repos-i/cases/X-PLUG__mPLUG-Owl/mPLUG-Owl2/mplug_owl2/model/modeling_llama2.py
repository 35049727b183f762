stub: upstream file of 20270 bytes
