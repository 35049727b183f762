stub: upstream file of 16989 bytes
