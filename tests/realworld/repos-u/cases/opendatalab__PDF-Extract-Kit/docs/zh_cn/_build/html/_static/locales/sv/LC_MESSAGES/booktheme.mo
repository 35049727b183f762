stub: upstream file of 1365 bytes
