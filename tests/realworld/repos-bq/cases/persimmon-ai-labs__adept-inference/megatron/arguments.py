stub: upstream file of 56976 bytes
