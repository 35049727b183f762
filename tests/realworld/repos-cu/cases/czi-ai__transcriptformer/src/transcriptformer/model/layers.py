stub: upstream file of 15275 bytes
