stub: upstream file of 8942 bytes
