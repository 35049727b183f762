stub: upstream file of 19341 bytes
