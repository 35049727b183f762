stub: upstream file of 14294 bytes
