stub: upstream file of 26415 bytes
