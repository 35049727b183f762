stub: upstream file of 6600 bytes
