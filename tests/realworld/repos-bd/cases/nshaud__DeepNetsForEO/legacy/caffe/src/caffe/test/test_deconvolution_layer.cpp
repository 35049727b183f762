stub: upstream file of 12161 bytes
