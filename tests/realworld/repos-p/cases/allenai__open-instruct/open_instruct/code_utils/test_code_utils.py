stub: upstream file of 12439 bytes
