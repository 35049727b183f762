stub: upstream file of 15295 bytes
