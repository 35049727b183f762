stub: upstream file of 2128 bytes
