stub: upstream file of 4713 bytes
