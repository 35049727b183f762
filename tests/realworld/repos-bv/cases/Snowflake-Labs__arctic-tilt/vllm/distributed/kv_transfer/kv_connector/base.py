stub: upstream file of 4291 bytes
