stub: upstream file of 7713 bytes
