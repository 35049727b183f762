stub: upstream file of 1713 bytes
