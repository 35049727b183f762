stub: upstream file of 16987 bytes
