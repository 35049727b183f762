stub: upstream file of 8495 bytes
