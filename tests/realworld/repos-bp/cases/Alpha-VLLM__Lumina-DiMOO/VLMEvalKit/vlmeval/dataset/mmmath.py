stub: upstream file of 16516 bytes
