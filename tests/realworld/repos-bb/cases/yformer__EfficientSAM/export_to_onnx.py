stub: upstream file of 4363 bytes
