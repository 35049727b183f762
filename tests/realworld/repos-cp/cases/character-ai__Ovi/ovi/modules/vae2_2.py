stub: upstream file of 32713 bytes
