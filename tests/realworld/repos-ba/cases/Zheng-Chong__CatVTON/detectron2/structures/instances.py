stub: upstream file of 6613 bytes
