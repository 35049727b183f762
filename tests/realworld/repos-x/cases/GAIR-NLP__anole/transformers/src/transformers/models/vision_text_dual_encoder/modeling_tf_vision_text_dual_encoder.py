stub: upstream file of 28640 bytes
