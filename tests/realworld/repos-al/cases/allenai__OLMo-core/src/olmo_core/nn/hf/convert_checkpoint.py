stub: upstream file of 24150 bytes
