stub: upstream file of 14015 bytes
