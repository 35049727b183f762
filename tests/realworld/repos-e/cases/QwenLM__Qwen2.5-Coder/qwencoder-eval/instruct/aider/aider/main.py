stub: upstream file of 22363 bytes
