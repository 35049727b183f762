stub: upstream file of 573 bytes
