stub: upstream file of 13266 bytes
