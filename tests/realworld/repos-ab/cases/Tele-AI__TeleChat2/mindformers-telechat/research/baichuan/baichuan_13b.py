stub: upstream file of 44381 bytes
