stub: upstream file of 25740 bytes
