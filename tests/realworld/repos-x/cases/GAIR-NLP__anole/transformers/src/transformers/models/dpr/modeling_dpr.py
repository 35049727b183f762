stub: upstream file of 28334 bytes
