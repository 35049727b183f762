stub: upstream file of 8544 bytes
