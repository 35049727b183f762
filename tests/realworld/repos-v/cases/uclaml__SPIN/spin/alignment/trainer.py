stub: upstream file of 36381 bytes
