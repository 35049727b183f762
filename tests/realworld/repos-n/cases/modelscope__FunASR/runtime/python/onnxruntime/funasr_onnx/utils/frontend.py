stub: upstream file of 17713 bytes
