stub: upstream file of 19362 bytes
