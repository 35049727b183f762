stub: upstream file of 19367 bytes
