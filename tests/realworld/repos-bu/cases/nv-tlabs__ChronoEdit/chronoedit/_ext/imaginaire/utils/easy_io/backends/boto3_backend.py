stub: upstream file of 30655 bytes
