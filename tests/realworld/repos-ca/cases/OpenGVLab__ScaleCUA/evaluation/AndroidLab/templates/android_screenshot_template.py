stub: upstream file of 46437 bytes
