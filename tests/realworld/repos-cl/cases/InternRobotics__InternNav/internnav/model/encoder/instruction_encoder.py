stub: upstream file of 3421 bytes
