stub: upstream file of 21713 bytes
