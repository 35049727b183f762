stub: upstream file of 15382 bytes
