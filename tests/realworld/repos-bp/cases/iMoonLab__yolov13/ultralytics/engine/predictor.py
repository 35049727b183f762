stub: upstream file of 17740 bytes
