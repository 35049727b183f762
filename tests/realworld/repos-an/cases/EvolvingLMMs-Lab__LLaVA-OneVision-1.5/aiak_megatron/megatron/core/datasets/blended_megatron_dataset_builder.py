stub: upstream file of 24542 bytes
