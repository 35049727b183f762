stub: upstream file of 26658 bytes
