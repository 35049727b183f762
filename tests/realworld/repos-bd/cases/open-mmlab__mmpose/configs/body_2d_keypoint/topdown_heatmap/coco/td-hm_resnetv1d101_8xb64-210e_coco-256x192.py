stub: upstream file of 3284 bytes
