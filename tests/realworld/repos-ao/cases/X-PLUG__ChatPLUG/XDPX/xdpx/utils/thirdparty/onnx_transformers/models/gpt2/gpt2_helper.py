stub: upstream file of 39052 bytes
