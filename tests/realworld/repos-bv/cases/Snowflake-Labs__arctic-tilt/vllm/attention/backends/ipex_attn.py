stub: upstream file of 14668 bytes
