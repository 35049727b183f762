stub: upstream file of 7370 bytes
