stub: upstream file of 11357 bytes
