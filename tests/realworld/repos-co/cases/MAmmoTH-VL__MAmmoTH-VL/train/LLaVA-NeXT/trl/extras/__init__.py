stub: upstream file of 668 bytes
