stub: upstream file of 11341 bytes
