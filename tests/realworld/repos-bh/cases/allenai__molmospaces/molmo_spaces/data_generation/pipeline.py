stub: upstream file of 56680 bytes
