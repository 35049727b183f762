stub: upstream file of 6975 bytes
