stub: upstream file of 41357 bytes
