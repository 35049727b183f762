stub: upstream file of 6396 bytes
