stub: upstream file of 9333 bytes
