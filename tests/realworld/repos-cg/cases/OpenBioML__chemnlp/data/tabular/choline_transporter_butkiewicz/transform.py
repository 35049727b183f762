stub: upstream file of 13399 bytes
