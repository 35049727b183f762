stub: upstream file of 14831 bytes
