stub: upstream file of 7239 bytes
