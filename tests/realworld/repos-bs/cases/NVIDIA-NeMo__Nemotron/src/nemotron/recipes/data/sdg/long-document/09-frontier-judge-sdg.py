stub: upstream file of 16959 bytes
