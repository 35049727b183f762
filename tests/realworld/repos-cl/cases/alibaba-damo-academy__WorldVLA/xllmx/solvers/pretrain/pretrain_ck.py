stub: upstream file of 82357 bytes
