stub: upstream file of 5705 bytes
