stub: upstream file of 61766 bytes
