stub: upstream file of 7396 bytes
