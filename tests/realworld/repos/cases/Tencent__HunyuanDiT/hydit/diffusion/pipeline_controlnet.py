stub: upstream file of 44101 bytes
