stub: upstream file of 23307 bytes
