stub: upstream file of 1292 bytes
