stub: upstream file of 18396 bytes
