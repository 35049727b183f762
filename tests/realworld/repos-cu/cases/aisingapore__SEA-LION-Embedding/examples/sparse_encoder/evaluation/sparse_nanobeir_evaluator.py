stub: upstream file of 2393 bytes
