stub: upstream file of 14882 bytes
