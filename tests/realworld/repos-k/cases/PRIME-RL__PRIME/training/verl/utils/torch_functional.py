stub: upstream file of 18453 bytes
