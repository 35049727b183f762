stub: upstream file of 393 bytes
