stub: upstream file of 31381 bytes
