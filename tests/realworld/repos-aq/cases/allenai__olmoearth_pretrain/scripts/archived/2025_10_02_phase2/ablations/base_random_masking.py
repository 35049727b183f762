stub: upstream file of 12165 bytes
