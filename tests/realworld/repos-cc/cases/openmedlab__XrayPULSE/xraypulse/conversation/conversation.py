stub: upstream file of 7924 bytes
