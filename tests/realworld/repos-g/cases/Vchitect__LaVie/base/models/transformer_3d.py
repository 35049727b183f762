stub: upstream file of 19281 bytes
