stub: upstream file of 3564 bytes
