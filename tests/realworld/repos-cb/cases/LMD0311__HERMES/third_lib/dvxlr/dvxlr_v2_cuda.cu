stub: upstream file of 19428 bytes
