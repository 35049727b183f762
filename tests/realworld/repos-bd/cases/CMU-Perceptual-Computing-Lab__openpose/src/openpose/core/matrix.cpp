stub: upstream file of 9305 bytes
