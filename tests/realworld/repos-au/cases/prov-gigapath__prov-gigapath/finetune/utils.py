stub: upstream file of 14357 bytes
