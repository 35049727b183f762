stub: upstream file of 18860 bytes
