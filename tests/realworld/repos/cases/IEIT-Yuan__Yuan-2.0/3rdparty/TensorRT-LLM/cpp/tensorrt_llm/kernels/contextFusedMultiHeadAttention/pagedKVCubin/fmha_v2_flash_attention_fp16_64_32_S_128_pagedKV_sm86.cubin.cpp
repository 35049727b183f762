stub: upstream file of 407338 bytes
