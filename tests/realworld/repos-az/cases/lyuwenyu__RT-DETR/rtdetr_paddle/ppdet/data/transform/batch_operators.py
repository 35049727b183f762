stub: upstream file of 12393 bytes
