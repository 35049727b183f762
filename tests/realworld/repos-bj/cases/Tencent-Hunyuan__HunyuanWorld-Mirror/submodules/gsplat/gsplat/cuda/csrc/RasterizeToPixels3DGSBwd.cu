stub: upstream file of 17930 bytes
