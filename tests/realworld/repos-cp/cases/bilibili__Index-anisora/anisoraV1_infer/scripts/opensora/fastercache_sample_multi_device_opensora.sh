stub: upstream file of 306 bytes
