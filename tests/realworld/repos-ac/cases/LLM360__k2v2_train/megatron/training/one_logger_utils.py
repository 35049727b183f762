stub: upstream file of 22733 bytes
