stub: upstream file of 16702 bytes
