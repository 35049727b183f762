stub: upstream file of 12110 bytes
