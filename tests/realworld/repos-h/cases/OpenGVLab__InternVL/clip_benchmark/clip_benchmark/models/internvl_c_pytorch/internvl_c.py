stub: upstream file of 16066 bytes
