stub: upstream file of 8789 bytes
