stub: upstream file of 24378 bytes
