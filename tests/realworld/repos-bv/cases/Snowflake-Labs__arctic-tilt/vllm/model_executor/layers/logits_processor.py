stub: upstream file of 7757 bytes
