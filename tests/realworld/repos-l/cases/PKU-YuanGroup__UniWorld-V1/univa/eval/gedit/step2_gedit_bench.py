stub: upstream file of 8766 bytes
