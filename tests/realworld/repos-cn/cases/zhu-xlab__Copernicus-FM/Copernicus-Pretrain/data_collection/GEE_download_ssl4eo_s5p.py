stub: upstream file of 8542 bytes
