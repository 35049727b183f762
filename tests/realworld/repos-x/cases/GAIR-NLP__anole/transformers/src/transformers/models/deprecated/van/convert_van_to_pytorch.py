stub: upstream file of 10373 bytes
