stub: upstream file of 5523 bytes
