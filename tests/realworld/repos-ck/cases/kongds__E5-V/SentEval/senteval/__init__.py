stub: upstream file of 264 bytes
