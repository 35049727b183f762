stub: upstream file of 4979 bytes
