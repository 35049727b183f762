stub: upstream file of 32829 bytes
