stub: upstream file of 8617 bytes
