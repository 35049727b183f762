stub: upstream file of 11378 bytes
