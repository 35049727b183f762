stub: upstream file of 12568 bytes
