stub: upstream file of 41702 bytes
