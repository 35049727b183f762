stub: upstream file of 36346 bytes
