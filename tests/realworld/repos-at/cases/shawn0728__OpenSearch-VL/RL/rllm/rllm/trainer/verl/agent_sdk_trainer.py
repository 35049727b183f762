stub: upstream file of 44373 bytes
