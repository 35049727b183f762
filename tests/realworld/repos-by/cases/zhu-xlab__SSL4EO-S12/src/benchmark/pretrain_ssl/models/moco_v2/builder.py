stub: upstream file of 6593 bytes
