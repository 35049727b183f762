stub: upstream file of 6127 bytes
