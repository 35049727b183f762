stub: upstream file of 5970 bytes
