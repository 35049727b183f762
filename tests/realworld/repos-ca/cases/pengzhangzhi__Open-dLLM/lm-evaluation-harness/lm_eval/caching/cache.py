stub: upstream file of 1424 bytes
