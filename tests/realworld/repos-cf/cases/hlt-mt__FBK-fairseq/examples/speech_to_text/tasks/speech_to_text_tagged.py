stub: upstream file of 3713 bytes
