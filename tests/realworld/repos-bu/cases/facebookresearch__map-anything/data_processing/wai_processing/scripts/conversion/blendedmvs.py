stub: upstream file of 6137 bytes
