stub: upstream file of 3740 bytes
