stub: upstream file of 37357 bytes
