stub: upstream file of 82 bytes
