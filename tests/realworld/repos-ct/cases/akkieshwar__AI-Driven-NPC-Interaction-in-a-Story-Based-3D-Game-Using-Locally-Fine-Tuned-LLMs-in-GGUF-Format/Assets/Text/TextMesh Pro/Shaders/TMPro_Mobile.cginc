stub: upstream file of 5311 bytes
