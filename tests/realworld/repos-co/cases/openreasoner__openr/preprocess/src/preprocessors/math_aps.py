stub: upstream file of 6110 bytes
