stub: upstream file of 1281 bytes
