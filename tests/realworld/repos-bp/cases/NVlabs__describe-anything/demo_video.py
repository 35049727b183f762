stub: upstream file of 13713 bytes
