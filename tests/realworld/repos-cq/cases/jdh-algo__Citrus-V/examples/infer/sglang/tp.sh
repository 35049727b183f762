stub: upstream file of 273 bytes
