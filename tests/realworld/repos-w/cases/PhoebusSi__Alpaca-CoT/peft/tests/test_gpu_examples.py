stub: upstream file of 17453 bytes
