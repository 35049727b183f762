stub: upstream file of 13357 bytes
