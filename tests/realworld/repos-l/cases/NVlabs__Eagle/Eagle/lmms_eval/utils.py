stub: upstream file of 28990 bytes
