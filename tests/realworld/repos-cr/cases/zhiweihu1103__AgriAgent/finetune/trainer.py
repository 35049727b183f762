stub: upstream file of 9367 bytes
