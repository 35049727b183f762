stub: upstream file of 22381 bytes
