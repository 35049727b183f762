stub: upstream file of 14181 bytes
