stub: upstream file of 26289 bytes
