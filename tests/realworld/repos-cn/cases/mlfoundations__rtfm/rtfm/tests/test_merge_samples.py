stub: upstream file of 1026 bytes
