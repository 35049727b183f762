stub: upstream file of 8373 bytes
