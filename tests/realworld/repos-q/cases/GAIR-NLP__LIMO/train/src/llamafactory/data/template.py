stub: upstream file of 54393 bytes
