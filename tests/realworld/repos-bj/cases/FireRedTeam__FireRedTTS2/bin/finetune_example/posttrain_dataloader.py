stub: upstream file of 9980 bytes
