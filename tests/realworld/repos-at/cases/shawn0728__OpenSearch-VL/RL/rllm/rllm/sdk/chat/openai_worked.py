stub: upstream file of 40115 bytes
