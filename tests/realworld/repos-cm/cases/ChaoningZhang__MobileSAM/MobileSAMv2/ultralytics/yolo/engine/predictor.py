stub: upstream file of 16393 bytes
