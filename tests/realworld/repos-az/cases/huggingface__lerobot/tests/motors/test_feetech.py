stub: upstream file of 19487 bytes
