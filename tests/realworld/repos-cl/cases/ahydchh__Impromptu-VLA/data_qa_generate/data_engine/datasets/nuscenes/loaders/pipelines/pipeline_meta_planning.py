stub: upstream file of 12966 bytes
