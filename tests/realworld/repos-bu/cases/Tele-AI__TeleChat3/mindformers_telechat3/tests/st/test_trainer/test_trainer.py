stub: upstream file of 13400 bytes
