stub: upstream file of 9381 bytes
