stub: upstream file of 16617 bytes
