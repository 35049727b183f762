stub: upstream file of 12542 bytes
