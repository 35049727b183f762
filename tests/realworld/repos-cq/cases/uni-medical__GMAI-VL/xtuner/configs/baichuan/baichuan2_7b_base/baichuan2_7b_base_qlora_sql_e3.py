stub: upstream file of 7294 bytes
