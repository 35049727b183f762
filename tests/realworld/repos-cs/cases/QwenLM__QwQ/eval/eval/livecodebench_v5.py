stub: upstream file of 4292 bytes
